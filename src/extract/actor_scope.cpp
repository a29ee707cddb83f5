// extract/actor_scope.cpp — see actor_scope.h.
#include "extract/actor_scope.h"

#include <algorithm>
#include <set>

namespace salvo {

namespace {

bool is_country(const std::string& tag) {
  return tag.size() == 2 && tag[0] >= 'A' && tag[0] <= 'Z' && tag[1] >= 'A' && tag[1] <= 'Z';
}

std::vector<std::string> countries_of(const TermSpec& s) {
  std::vector<std::string> out;
  for (const auto& t : s.tags)
    if (is_country(t)) out.push_back(t);
  return out;
}

}  // namespace

ActorScopes::ActorScopes(const TermSet& actors) : actors_(&actors) {
  std::set<std::string> with_scope;
  for (const auto& s : actors.specs())
    if (!countries_of(s).empty()) with_scope.insert(TermSet::key(s.term));
  for (std::size_t i = 0; i < actors.specs().size(); ++i) {
    const TermSpec& s = actors.specs()[i];
    std::string k = TermSet::key(s.term);
    if (with_scope.count(k)) scoped_[k].push_back({s.label, countries_of(s)});
    by_key_[std::move(k)].push_back(i);
  }
}

std::optional<std::optional<std::string>> ActorScopes::in_country(std::string_view text, const std::string& cc) const {
  if (!actors_ || scoped_.empty()) return std::nullopt;
  const int i = actors_->resolve_match(text);
  if (i < 0) return std::nullopt;
  const auto it = scoped_.find(TermSet::key(actors_->specs()[static_cast<std::size_t>(i)].term));
  if (it == scoped_.end()) return std::nullopt;
  const Line* everywhere = nullptr;
  for (const Line& l : it->second) {
    if (l.countries.empty() && !everywhere) everywhere = &l;
    if (!cc.empty() && std::find(l.countries.begin(), l.countries.end(), cc) != l.countries.end())
      return std::optional<std::string>(l.label);
  }
  if (everywhere) return std::optional<std::string>(everywhere->label);
  if (cc.empty()) return std::nullopt;  // no country known: the name's first line stands
  return std::optional<std::string>();
}

std::vector<std::string> ActorScopes::named_in(std::string_view text, const std::string& cc) const {
  std::vector<std::string> out;
  if (!actors_) return out;
  for (const auto& h : actors_->find_all(text)) {
    const auto scoped = in_country(text.substr(h.begin, h.end - h.begin), cc);
    if (!scoped) out.push_back(actors_->spec(h).label);
    else if (*scoped) out.push_back(**scoped);
  }
  return out;
}

bool ActorScopes::tagged(std::string_view text, const std::string& label, const char* tag) const {
  if (!actors_) return false;
  const int i = actors_->resolve_match(text);
  if (i < 0) return false;
  const auto same = by_key_.find(TermSet::key(actors_->specs()[static_cast<std::size_t>(i)].term));
  if (same == by_key_.end()) return false;
  for (const std::size_t j : same->second) {
    const TermSpec& s = actors_->specs()[j];
    if (s.label == label && (!tag || std::find(s.tags.begin(), s.tags.end(), tag) != s.tags.end())) return true;
  }
  return false;
}

bool ActorScopes::in_section(std::string_view text, const std::string& label) const { return tagged(text, label, nullptr); }

}  // namespace salvo
