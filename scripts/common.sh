# Shared by scripts/report and scripts/test: set up the machine and build, idempotently.
# Sourced, not run.

LS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LS_VENV=$LS_ROOT/.venv
LS_BUILD=$LS_ROOT/build/cmake
# Debian packages libls builds with. Boost 1.81 (not Debian's default 1.74): Boost.Describe.
LS_APT_PACKAGES=(cmake ninja-build g++ pkg-config libboost1.81-dev nlohmann-json3-dev catch2)
# What only the tests need besides: chromium opens the HTML report headless; doxygen reads
# the headers for the C++ API reference of the documentation site.
LS_TEST_APT_PACKAGES=(chromium doxygen)

ls_say() { printf '\n== %s\n' "$*"; }

# Install whatever of the named Debian packages are missing (nothing when all are there).
ls_install_apt_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  ls_say "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# A virtualenv from the default python3 with the pinned build and test packages.
ls_install_python_packages() {
  if [ ! -x "$LS_VENV/bin/python" ]; then
    ls_say "creating $LS_VENV"
    python3 -m venv "$LS_VENV"
  fi
  "$LS_VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -r "$LS_ROOT/scripts/python-requirements.txt"
}

ls_setup() {
  ls_install_apt_packages "${LS_APT_PACKAGES[@]}"
  ls_install_python_packages
}

# ls_setup, and what only the tests need.
ls_setup_tests() {
  ls_install_apt_packages "${LS_APT_PACKAGES[@]}" "${LS_TEST_APT_PACKAGES[@]}"
  ls_install_python_packages
}

# Build and install the Python package into the venv. The build directory is kept, so a
# second run recompiles only what changed.
ls_install_python_package() {
  ls_say "building and installing the libls Python package"
  "$LS_VENV/bin/python" -m pip install -q --disable-pip-version-check --no-build-isolation \
    "$LS_ROOT"
}

# Configure and build the C++ library, tests and examples.
ls_build_cpp() {
  ls_say "building the C++ library and tests"
  cmake -S "$LS_ROOT" -B "$LS_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLS_BUILD_PYTHON=OFF >/dev/null
  cmake --build "$LS_BUILD" --parallel "$(nproc)"
}
