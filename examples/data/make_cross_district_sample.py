"""Writes the cross-district sample in cross-district/: made-up data of twelve school
districts for the main job (scripts/report). No real person, school or district is in it.

- responses.csv: educators of 12 districts, about 300 schools and their learning teams
  answering the built-in "Where are we now?" instrument. Answers are option labels as a
  survey tool exports them ("Strongly agree"), with "No opinion" and blank answers; the
  districts differ in level, so comparing them shows real differences; a few schools have
  fewer than 5 respondents (suppressed at the default minimum group size); three rows have
  the errors of a real export (a typo, a code off the scale, an id given twice) and are
  rejected when the file is read.
- six-factor/<district>.six_factor.json: the six-factor assessments of four districts'
  leadership teams (ratings 1-4 with examples, group and team consensus, next steps).
- cycle-logs/<team>.cycle_log.json: the improvement-cycle logs of twelve learning teams
  of those districts, as of AS_OF.

    python make_cross_district_sample.py [FOLDER]   # default: cross-district/

Deterministic: run it again and every file is the same byte for byte (a test checks that
the committed files are what this writes). Answers are drawn as in
make_synthetic_responses.py, whose answers() and write_csv() this uses.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_synthetic_responses import answers, write_csv  # noqa: E402

OUT = HERE / "cross-district"
SEED = 20261208
# The day the cycle logs are read at (the main job's cycle overview uses it).
AS_OF = "2026-11-30"
# District -> its level above or below the system's (on the 1-5 answer scale).
DISTRICTS = {
    "alder": 0.45, "birch": -0.35, "cedar": 0.0, "dogwood": 0.2, "elm": -0.6, "fir": 0.1,
    "hazel": -0.15, "juniper": 0.3, "larch": -0.05, "maple": 0.05, "oak": 0.6, "willow": -0.25,
}
BASE = 3.1
# Labels as the survey tool writes them: capitalised (the reader ignores case).
EXPORT_LABELS = {1: "Strongly disagree", 2: "Disagree", 3: "No opinion", 4: "Agree",
                 5: "Strongly agree"}
# Districts whose leadership teams did a six-factor assessment; teams of theirs log cycles.
ASSESSED = ["alder", "elm", "cedar", "oak"]
FACTORS = ["compelling_vision", "standards_driven", "definition_of_professional_learning",
           "new_roles_and_responsibilities", "evaluation", "resources"]
EXAMPLES = {
    "compelling_vision": "the vision is in the district plan and quoted at school meetings",
    "standards_driven": "the professional learning plan cites the standards it follows",
    "definition_of_professional_learning": "a written definition adopted by the board",
    "new_roles_and_responsibilities": "coaches' and principals' roles written down",
    "evaluation": "each programme's evaluation plan names the change expected",
    "resources": "protected time for learning teams in the schedule",
}
NEXT_STEPS = {
    "compelling_vision": "publish the vision with examples of it in practice",
    "standards_driven": "map the offerings of the year to the standards",
    "definition_of_professional_learning": "draft a definition with principals and teachers",
    "new_roles_and_responsibilities": "finish the KASAB chart of the coaches' role",
    "evaluation": "evaluate one programme against its goals this year",
    "resources": "fund a coaching line for every school",
}
STAGES = {
    "seven_steps": ["analyze_data", "set_goals", "extend_learning", "select_strategies",
                    "apply_with_support", "monitor_and_refine", "evaluate"],
    "six_steps": ["analyze_data", "set_goals", "extend_learning", "select_strategies",
                  "apply_with_support", "monitor_and_evaluate"],
}
EVIDENCE = {
    "analyze_data": ("data_source", "fall benchmark results by standard and student group"),
    "set_goals": ("goal", "raise the share of students proficient in fractions by 10 points"),
    "extend_learning": ("implementation_note", "four sessions on number-line models"),
    "select_strategies": ("strategy", "a common task each week, scored together"),
    "apply_with_support": ("implementation_note", "the coach co-teaches one lesson a week"),
    "monitor_and_refine": ("result", "walkthrough notes: the task used in 9 of 12 rooms"),
    "monitor_and_evaluate": ("result", "winter benchmark compared with the goal"),
    "evaluate": ("result", "winter benchmark compared with the goal"),
}


def responses(rng: np.random.Generator) -> tuple[list[list[str]], dict[str, list[str]]]:
    """The rows of responses.csv, sorted by district, school and team; and each
    district's teams."""
    rows: list[list[str]] = []
    teams: dict[str, list[str]] = {}
    for d, (district, effect) in enumerate(DISTRICTS.items()):
        teams[district] = []
        schools = int(rng.integers(20, 31))
        for s in range(schools):
            school = f"{district}_s{s + 1:02d}"
            school_level = BASE + effect + rng.normal(0, 0.3)
            # The last school of every third district is tiny: suppressed at minimum 5.
            tiny = d % 3 == 0 and s == schools - 1
            for t in range(1 if tiny else int(rng.integers(2, 5))):
                team = f"{school}_t{t + 1}"
                teams[district].append(team)
                team_level = school_level + rng.normal(0, 0.15)
                for _ in range(int(rng.integers(2, 5) if tiny else rng.integers(3, 11))):
                    person = team_level + rng.normal(0, 0.5)
                    rows.append([f"e{len(rows) + 1:05d}", district, school, team,
                                 *answers(rng, person, EXPORT_LABELS, blank=0.03,
                                          no_opinion=0.05)])
    # What real exports have: a mistyped label, a code off the 1-5 scale, an id twice.
    rows[1000][5] = "Agre"
    rows[2500][7] = "7"
    rows[4000][0] = rows[3999][0]
    return rows, teams


def participants(rng: np.random.Generator, level: float) -> list[dict]:
    """Five to seven leaders rate every factor 1-4 around `level`, with an example."""
    people = []
    for p in range(int(rng.integers(5, 8))):
        ratings = [{"factor": f, "rating": int(np.clip(round(level + rng.normal(0, 0.6)), 1, 4)),
                    "examples": [EXAMPLES[f]]} for f in FACTORS]
        people.append({"participant": f"p{p + 1}", "ratings": ratings})
    return people


def assessment(rng: np.random.Generator, district: str) -> dict:
    """A district leadership team's six-factor assessment, in the four steps."""
    level = 2.4 + 1.5 * DISTRICTS[district]
    people = participants(rng, level)
    ids = [p["participant"] for p in people]
    groups, team = [], []
    for i, factor in enumerate(FACTORS):
        mean = float(np.mean([r["rating"] for p in people for r in p["ratings"]
                              if r["factor"] == factor]))
        agreed = int(np.clip(round(mean), 1, 4))
        groups.append({"group": f"table {i + 1}", "members": [ids[i % len(ids)],
                                                              ids[(i + 1) % len(ids)]],
                       "factor": factor, "rating": agreed, "examples": [EXAMPLES[factor]]})
        # The whole team settles at the group's rating, or a point lower after discussion.
        settled = max(1, agreed - int(rng.random() < 0.3))
        team.append({"factor": factor, "rating": settled, "examples": [EXAMPLES[factor]],
                     "next_steps": [NEXT_STEPS[factor]]})
    return {"id": f"{district}_2026_fall", "system": district, "date": "2026-10-14",
            "participants": people, "group_consensus": groups, "team_consensus": team}


def cycle_log(rng: np.random.Generator, team: str, definition: str) -> dict:
    """A team's cycle from late August: each stage one to five weeks, each finished stage
    with its evidence; the last one still under way on AS_OF."""
    day = datetime.date(2026, 8, 24) + datetime.timedelta(days=int(rng.integers(0, 50)))
    end = datetime.date.fromisoformat(AS_OF)
    entries = []
    for stage in STAGES[definition]:
        kind, text = EVIDENCE[stage]
        entry = {"stage": stage, "iteration": 1, "started": day.isoformat(),
                 "owner": "coach" if stage in ("extend_learning", "apply_with_support")
                 else "team lead",
                 "evidence": [{"kind": kind, "description": text}]}
        entries.append(entry)
        finished = day + datetime.timedelta(days=int(rng.integers(8, 36)))
        if finished >= end:
            break
        entry["ended"] = finished.isoformat()
        day = finished + datetime.timedelta(days=1)
    return {"team": team, "definition": definition, "entries": entries}


def write_json(path: Path, value: dict) -> None:
    path.write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")


def main(out: Path = OUT) -> None:
    """Writes the sample into `out` (by default cross-district/ beside this file)."""
    rng = np.random.default_rng(SEED)
    rows, teams = responses(rng)
    for folder in (out, out / "six-factor", out / "cycle-logs"):
        folder.mkdir(exist_ok=True)
    write_csv(out / "responses.csv", rows)
    for district in ASSESSED:
        write_json(out / "six-factor" / f"{district}.six_factor.json", assessment(rng, district))
    logs = 0
    for d, district in enumerate(ASSESSED[:3]):
        for team in teams[district][:4]:
            definition = "seven_steps" if d != 1 else "six_steps"
            write_json(out / "cycle-logs" / f"{team}.cycle_log.json",
                       cycle_log(rng, team, definition))
            logs += 1
    schools = len({r[2] for r in rows})
    print(f"wrote {len(rows)} rows ({len(DISTRICTS)} districts, {schools} schools, "
          f"{sum(map(len, teams.values()))} teams), {len(ASSESSED)} six-factor assessments "
          f"and {logs} cycle logs to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
