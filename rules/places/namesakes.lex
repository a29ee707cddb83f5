# rules/places/namesakes.lex — how the gazetteer chooses among places of the
# same name (src/resolve/gaz_namesakes.h; docs/PLACES.md, "Resolving a mention").
#
# The hints of a mention first keep only some candidates (a country hint:
# only that country; a region hint: only that region, else near it; a
# district's town: only near it). Each candidate left gets a score:
#
#   log10(population + 1) + every weight below that applies to it
#
# and the highest wins. Ties (within 1e-9) go to the larger population, then
# to GeoNames rows, then to the lower id: always the same answer. A positive
# weight favours a candidate, a negative one counts against it. Every weight
# must be given. After a change, run the gazetteer tests and `salvo eval`.

[feature]
# What GeoNames says the place is (its feature code). For scale: a town of
# 10,000 people scores 4 from its population, a city of a million 6.
# PPLC, a country's capital
capital = 3
# PPLA, the seat of a first-level region (an oblast's, a governorate's)
admin1_seat = 2
# PPLA2, the seat of a second-level division (a raion's, a district's)
admin2_seat = 1
# PPLA3 and PPLG (the seat of a third-level division, or of government)
admin3_seat = 0.5
# PPLA4, PPLA5
admin4_seat = 0
# PPL, a populated place
populated_place = 0
# PPLX (a neighbourhood) and every other code: PPLL, PPLF, PPLS, PPLR, STLMT
other_place = 0
# PPLH, PPLQ, PPLW: a historical, abandoned or destroyed place
lost_place = -2

[context]
# A candidate in one of the countries the article is about (the extractor
# passes them, most likely first). "Tripoli" in a Lebanese story is Lebanon's,
# but "Berlin" in a Ukrainian story is still Germany's capital.
# the first (most likely) country
first_country = 4
# any other of them
other_country = 3

[name]
# The mention is the candidate's own name (its preferred name, its GeoNames
# name or an analyst's alias, with or without a leading Arabic article), not
# one of its alternate spellings: "Qamishli" is Al Qamishli's own name.
own_name = 1.5
# ... and spelled letter for letter, ignoring case ("Boni", not the folded "Bonny")
exact_spelling = 0.5
# The mention is only an alternate of this candidate, while another candidate
# in the same country, with at least stray_alternate_population people, has it
# as its own name: a historical or stray alternate of another town
# (Krasnodar's old alternate "Novorossiysk" loses to Novorossiysk).
stray_alternate = -5
stray_alternate_population = 5000
# The mention is only an alternate of this candidate, while some other
# candidate has it as its own name.
alternate_only = -1

[source]
# A row that is not GeoNames' (Who's On First, UNOSAT, analysts' places): trusted less.
not_geonames = -0.5

[hints]
# A region hint ("Avdiivka, Donetsk region") with no candidate inside the
# region: candidates within this many km of the region's point (a border
# village filed under the neighbour), else none.
border_km = 100
# A hint that names a town rather than a region ("Shakhove, Pokrovsk
# district": raions are named after their centre): candidates within
# anchor_km of the town (a raion is some 50-70 km across), and up to
# anchor_bonus more the nearer they are to it (anchor_bonus at the town,
# 0 at anchor_km).
anchor_km = 75
anchor_bonus = 2

[region or settlement]
# A name that is both a region and a settlement ("Donetsk", "Crimea", "Gaza"),
# not written as a region: the settlement, unless it is in the region's
# country and has fewer than village_population people, or (with no hint)
# it is abroad, not a capital, and has fewer than abroad_population people.
village_population = 10000
abroad_population = 100000

[loose spelling]
# A name found only as small places (below abroad_population, not capitals)
# this many km or more from the country the place should be in is looked for
# there by its consonants (names.lex [loose spelling]): "Meles" in a story
# about Syria is Millis, not Melles in Belgium. Nearer, the place across the
# border is more likely meant ("Metulla" in a story about Lebanon is the
# Israeli town, not Lebanon's Mtoll).
far_km = 800

