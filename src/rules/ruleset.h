// rules/ruleset.h — placeholder, filled in with the compiled rule set.
#pragma once
