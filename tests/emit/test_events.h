// tests/emit/test_events.h — hand-made Events that stress the writers: commas,
// quotes and line breaks inside text, Ukrainian and Arabic names, formula-like
// text, negative coordinates, unknown (null) fields, a cell over Excel's limit.
#pragma once

#include <vector>

#include "core/event.h"

namespace salvo::test {

std::vector<Event> varied_events();

}  // namespace salvo::test
