#include "cli/read_password.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <optional>
#include <string>

namespace polyfon::cli {

namespace {

// Turns the terminal's echo off for as long as it lives, and back to what it was after, also when
// reading fails.
class EchoOff {
 public:
  EchoOff() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
  }
  ~EchoOff() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  termios saved_{};
  bool active_ = false;
};

// One line of standard input without "\n" or "\r\n"; nullopt at the end of the input.
std::optional<std::string> ReadLine() {
  std::string line;
  if (!std::getline(std::cin, line) && line.empty()) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::optional<std::string> Prompt(const char* prompt) {
  std::cerr << prompt << std::flush;
  EchoOff echo_off;
  std::optional<std::string> line = ReadLine();
  std::cerr << "\n";  // the user's Enter was not echoed
  return line;
}

}  // namespace

core::Result<std::string> ReadNewPassword() {
  if (isatty(STDIN_FILENO) == 0) {
    std::optional<std::string> line = ReadLine();
    if (!line) return core::Status::InvalidArgument("no password on standard input (give it as the first line)");
    return std::move(*line);
  }
  std::optional<std::string> first = Prompt("Password: ");
  if (!first) return core::Status::InvalidArgument("no password given");
  std::optional<std::string> second = Prompt("Repeat: ");
  if (!second || *second != *first) return core::Status::InvalidArgument("the two passwords differ");
  return std::move(*first);
}

}  // namespace polyfon::cli
