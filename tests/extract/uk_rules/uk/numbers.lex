# tests/extract/uk_rules/uk/numbers.lex — number words (see triggers.rules beside
# it). Counts of people take the genitive: "вбив двох людей".

[units]
двох @2
п'ятьох @5
