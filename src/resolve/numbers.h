// resolve/numbers.h — counts of people as written in news text.
//
// Owns: turning quantity phrases into {min,max} bounds by the EVENTS.md table:
// numerals ("12", "1,200"), number words ("twenty-one", "a dozen"), bounds
// ("at least", "more than", "over", "up to", "as many as", "between 3 and 7",
// "3-7", "3 to 7", "5 or more"), vague quantities ("several" {3,}, "many"/
// "tens"/"scores" {10,}, "dozens" {12,}, "hundreds" {100,}). Word lists come
// from the numbers.lex of every language folder (rules/en/numbers.lex, ...),
// merged; month names (not counts: "July 31") from their dates.lex. Attaching a count to killed or injured is the
// extractor's job, not this module's.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/status.h"

namespace salvo {

struct Quantity {
  std::size_t begin = 0, end = 0;  // byte offsets into the text given to find()
  Count count;
  std::string rule;                // num.exact, num.at_least, num.more_than, num.up_to,
                                   // num.fewer_than, num.nearly, num.about, num.between,
                                   // num.range, num.vague, num.zero (docs/DATES_NUMBERS.md)
};

class NumberFinder {
 public:
  // The numbers.lex and dates.lex of every language folder of a rules root (rules/rule_dirs.h).
  static Result<std::shared_ptr<const NumberFinder>> load(const std::filesystem::path& rules_dir);
  // These files, each list merged in this order.
  static Result<std::shared_ptr<const NumberFinder>> load(const std::vector<std::filesystem::path>& number_files,
                                                          const std::vector<std::filesystem::path>& date_files);
  virtual ~NumberFinder() = default;
  // Every quantity phrase in text, left to right, non-overlapping, longest first.
  // Years ("2023"), dates, times, percentages, ordinals, money, distances
  // ("500 kilometers"), ages ("a 45-year-old") and model names ("Kh-101") are
  // not people counts and are not returned.
  virtual std::vector<Quantity> find(std::string_view text) const = 0;
  // The value of a lone number word or numeral ("twenty-one" -> 21), if it is one.
  virtual std::optional<int> word_value(std::string_view word) const = 0;
};

}  // namespace salvo
