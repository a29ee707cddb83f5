// The casualties layer (extract/casualties.h): counts tied to casualty words.
#include "extract/casualties.h"

#include <gtest/gtest.h>

#include "layers.h"

namespace salvo {
namespace {

using testing::read;

// Every figure: "killed 2 cas.killed.after" (update marked with "!").
std::string figures(const std::string& s) {
  auto r = read(s);
  std::string out;
  for (const auto& h : find_casualties(r->c, r->c.numbers.find(r->c.s))) {
    const Count& n = h.fc.count;
    std::string c = std::to_string(n.min);
    if (!n.max) c += "+";
    else if (*n.max != n.min) c += "-" + std::to_string(*n.max);
    out += (out.empty() ? "" : "; ") + std::string(h.killed ? "killed " : "injured ") + c + (h.fc.update ? "!" : "") +
           " " + h.fc.rule;
  }
  return out;
}

TEST(Casualties, CountAfterAndBeforeTheWord) {
  EXPECT_EQ(figures("Drones hit Kyiv, killing two and injuring at least 11 people."),
            "killed 2 cas.killed.after; injured 11+ cas.injured.after");
  EXPECT_EQ(figures("Two people were reportedly killed in the strike."), "killed 2 cas.killed.before");
}

TEST(Casualties, VictimArithmeticBothWays) {
  EXPECT_EQ(figures("The strike killed two soldiers and three civilians."), "killed 5 cas.killed.after");
  EXPECT_EQ(figures("Two soldiers and three civilians were killed."), "killed 5 cas.killed.before");
  EXPECT_EQ(figures("A suicide bomber killed himself and three worshippers."), "killed 4 cas.killed.after");
  EXPECT_EQ(figures("Shelling killed a woman and two children."), "killed 3 cas.killed.after");
}

TEST(Casualties, JoinVictimsWalksFromOneCount) {
  auto r = read("two soldiers and three civilians and four more");
  const auto qs = with_single_victims(r->c, r->c.numbers.find(r->c.s));
  ASSERT_EQ(qs.size(), 3u);
  std::vector<bool> used(qs.size(), false);
  Count total = qs[0].count;
  join_victims(r->c, qs, used, 0, true, total);
  // "three civilians" joins; "four more" has no victim noun after it
  EXPECT_EQ(total.min, 5);
  EXPECT_EQ(used, (std::vector<bool>{false, true, false}));
  std::vector<bool> used_back(qs.size(), false);
  Count back = qs[1].count;
  join_victims(r->c, qs, used_back, 1, false, back);
  EXPECT_EQ(back.min, 5);
  EXPECT_EQ(used_back, (std::vector<bool>{true, false, false}));
}

TEST(Casualties, SingleVictimsCountOne) {
  EXPECT_EQ(figures("A drone hit a car, killing the driver."), "killed 1 cas.killed.after");
  EXPECT_EQ(figures("A woman was killed in the shelling."), "killed 1 cas.killed.before");
  EXPECT_EQ(figures("Child, man killed in Kherson."), "killed 2 cas.killed.bare");
}

TEST(Casualties, TollsAndZeroes) {
  EXPECT_EQ(figures("The death toll rose to 12."), "killed 12! cas.toll");
  EXPECT_EQ(figures("No one was injured."), "injured 0 cas.no_injured");
  EXPECT_EQ(figures("Officials put the toll at 123."), "killed 123 cas.toll_reported");
}

TEST(Casualties, PartOfAGroupToldBefore) {
  EXPECT_EQ(figures("31 women were among the dead."), "");
  EXPECT_EQ(figures("Three of the wounded died."), "");
}

TEST(Casualties, AddCount) {
  std::optional<FoundCount> slot;
  add_count(slot, {{2, 2}, false, "a"});
  add_count(slot, {{3, 3}, false, "b"});
  EXPECT_EQ(slot->count, (Count{5, 5}));
  add_count(slot, {{12, 12}, true, "toll"});
  EXPECT_EQ(slot->count, (Count{12, 12}));
  add_count(slot, {{1, 1}, false, "c"});  // already in the running toll
  EXPECT_EQ(slot->count, (Count{12, 12}));
}

TEST(Casualties, VictimsNamedOneByOne) {
  EXPECT_EQ(figures("The strike killed Ahmad Saleh, 12, his brother Omar, 9, and their mother."),
            "killed 3 cas.killed.after");
  EXPECT_EQ(figures("The strike killed Ahmad Saleh (12), his brother Omar (9) and their mother Fatima (40)."),
            "killed 3 cas.killed.after");
  EXPECT_EQ(figures("The strike killed journalist Ahmad Saleh and his two sons."), "killed 3 cas.killed.after");
  EXPECT_EQ(figures("Journalist Ahmad Saleh was killed in the strike."), "killed 1 cas.killed.before");
  // a place or a crowd after the casualty word is no victim named
  EXPECT_EQ(figures("Two people were killed in Gaza City."), "killed 2 cas.killed.before");
  EXPECT_EQ(figures("The strike killed Khan Younis residents."), "");
}

TEST(Casualties, RelativesByPossessive) {
  EXPECT_EQ(figures("The strike killed a man, his wife and their four children."), "killed 6 cas.killed.after");
  EXPECT_EQ(figures("The strike killed a woman and injured her son."), "killed 1 cas.killed.after; injured 1 cas.injured.after");
}

TEST(Casualties, RangesAndBounds) {
  EXPECT_EQ(figures("The strike killed at least four and as many as nine people."), "killed 4-9 cas.killed.after");
  EXPECT_EQ(figures("The strike killed from four to nine people."), "killed 4-9 cas.killed.after");
  EXPECT_EQ(figures("The death toll rose from 15 to 21."), "killed 21! cas.killed.after");
}

TEST(Casualties, PartsAndUnsplitCounts) {
  EXPECT_EQ(figures("The strike killed 15 people, six of them children, and injured 20."),
            "killed 15 cas.killed.after; injured 20 cas.injured.after");
  EXPECT_EQ(figures("The strike killed or wounded 12 people."), "");
  EXPECT_EQ(figures("3 AS militants killed, 2 injured."), "killed 3 cas.killed.before; injured 2 cas.injured.before");
}

TEST(Casualties, AnotherSourceWidensANamedVictimIsAPart) {
  std::optional<FoundCount> slot;
  add_count(slot, {{15, 15}, false, "a"});
  FoundCount other{{12, 12}, false, "b"};
  other.another_source = true;
  add_count(slot, other);
  EXPECT_EQ(slot->count, (Count{12, 15}));
  FoundCount named{{2, 2}, false, "c"};
  named.named = true;
  add_count(slot, named);  // a part of the toll: neither lowers nor adds
  EXPECT_EQ(slot->count, (Count{12, 15}));
  std::optional<FoundCount> first_named;
  add_count(first_named, named);
  add_count(first_named, {{3, 3}, false, "d"});  // "X was killed; three other people died"
  EXPECT_EQ(first_named->count, (Count{5, 5}));
}

}  // namespace
}  // namespace salvo
