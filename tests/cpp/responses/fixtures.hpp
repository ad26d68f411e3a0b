#pragma once
// A small instrument for the response-data tests: three items rated on a five-point
// agreement scale whose middle answer, "no opinion" (3), is non-substantive, and one
// open-text item.

#include <ls/survey/instrument.hpp>

namespace ls_test {

inline ls::survey::response_scale agreement_scale() {
  return {"agree_5",
          {{5, "strongly agree", false, true},
           {4, "agree", false, true},
           {3, "no opinion", true, false},
           {2, "disagree", false, false},
           {1, "strongly disagree", false, false}}};
}

inline ls::survey::instrument pulse_instrument() {
  ls::survey::instrument i;
  i.id = "pulse";
  i.title = "Pulse";
  i.scales = {agreement_scale()};
  i.items = {{"q1", "First statement.", "agree_5", false, false, {}},
             {"q2", "Second statement.", "agree_5", false, false, {}},
             {"q3", "Third statement.", "agree_5", false, true, {}},
             {"comments", "Anything else?", std::nullopt, true, false, {}}};
  return i;
}

}  // namespace ls_test
