# rules/assembly.lex — the numbers and tables the extractor's assembly of
# events uses. No words of any language here: it is shared by every language
# folder. Every key is required; `salvo check-rules` reports a missing or bad
# one with its line.

# The kind of attack a weapon name makes when the text names nothing else
# (weapons.lex sections; EVENTS.md: "Shahed drones" -> air_drone_strike).
[weapon event types]
aircraft = air_drone_strike
drone = air_drone_strike
missile = shelling_artillery_missile
rocket = shelling_artillery_missile
artillery = shelling_artillery_missile
mortar = shelling_artillery_missile
ied = remote_explosive
grenade = grenade
suicide_vest = suicide_bomb
unknown = shelling_artillery_missile

# Confidence of a record (output field `confidence`): a start by the trigger's
# strength, plus what the text supports directly, capped at `max`.
[confidence]
strong = 0.5
weak = 0.3
actor = 0.1
coordinates = 0.1
day = 0.1
casualties_or_target = 0.05
several_mentions = 0.05
named_system = 0.05
max = 0.95

# Is it an event?
[eventness]
# A strike named only by a weak word ("attack", "strike") and dated more than
# this many days before the article was published is a reference to history
# ("following the 7 October attacks", "the attack in May 2015"), not news
# (rule event.weak_background). Strong words ("missile strike on Kyiv in March
# 2022") stay events, as EVENTS.md says. 0 switches this off.
weak_background_days = 30
# A record at a whole country (no town or region named for it) in an article that
# places other strikes is a summary or background there ("Israeli strikes across
# Gaza have killed...", "Russia's attacks on Ukraine"): with yes, such an article
# keeps only its placed records, and a country-level one dated to a day none of
# them has ("On 14 February, a second airstrike in Somalia") (rule
# event.country_beside_places); with no, only country-level records of a kind and
# actor also placed are dropped (event.country_duplicate). On the real-news gold,
# 7 of 64 country-level records were true.
country_records_only_in_unplaced_articles = yes
# A strike that no sentence places ("Six men were killed, four of them in a drone
# strike") is put at the article's country only in a short text: an analyst's
# note, a headline, a brief, up to this many bytes. In a longer article it is
# background or a summary (rule event.no_place_long_text): on the real-news
# gold, 1 of 16 such records in articles over 800 bytes was true. 0: any text.
article_country_max_bytes = 800
# A killed or injured figure of at least this many people is a war's or a
# campaign's total told beside a strike ("Israel's bombardment of Gaza, which has
# killed more than 24,000", "the war, which has killed 280,000"), not the
# strike's toll (rule cas.campaign_total). 0: every figure counts.
campaign_total = 1000
