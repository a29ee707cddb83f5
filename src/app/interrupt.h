// app/interrupt.h — SIGINT and SIGTERM during a long run.
//
// Owns: the signal handlers of `salvo extract`. The first SIGINT or SIGTERM
// only records which signal came (the run then stops reading, finishes the
// records in flight and writes its partial output and checkpoint); a second
// one ends the process at once with the conventional status, 128 + signal
// (130 for SIGINT, 143 for SIGTERM), leaving the files as they are.
#pragma once

namespace salvo::app {

class InterruptGuard {
 public:
  // Installs the handlers; the destructor puts back the previous ones.
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // The first signal received (SIGINT or SIGTERM), 0 while none came.
  static int signal();
  // The exit status for that signal: 128 + its number.
  static int exit_code() { return 128 + signal(); }
};

// "SIGINT", "SIGTERM" (for messages).
const char* signal_name(int sig);

}  // namespace salvo::app
