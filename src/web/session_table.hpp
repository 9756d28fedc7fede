#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace polyfon::web {

struct SessionLimits {
  std::chrono::seconds idle{std::chrono::hours(2)};       // unused this long: signed out
  std::chrono::seconds lifetime{std::chrono::hours(12)};  // signed out this long after sign-in anyway
  size_t max_sessions = 10000;                             // beyond it the least recently used goes
};

// Signed-in browser sessions, in memory: a restart signs everybody out, which is the safe way to
// lose them. A session id is a 256-bit random secret sent only in an HttpOnly cookie; the table
// keeps its SHA-256, so a memory dump does not hand out live cookies. Each session carries its own
// CSRF token. Thread-safe.
class SessionTable {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  using Limits = SessionLimits;
  struct Session {
    std::string user;
    std::string csrf_token;
    std::string credential;  // what the user's password hash was at sign-in (its SHA-256)
  };
  struct Opened {
    std::string id;  // for the cookie
    std::string csrf_token;
  };

  explicit SessionTable(Limits limits = {}, Clock clock = std::chrono::steady_clock::now)
      : limits_(limits), clock_(std::move(clock)) {}

  // A new session for `user`, always with a fresh id (so an id planted before sign-in is worthless).
  // `credential` stands for the password it signed in with; the gate ends the session when the
  // user's password has changed since.
  Opened Open(const std::string& user, const std::string& credential);
  // The live session with this id, or nullopt (unknown, expired or closed). Counts as a use.
  std::optional<Session> Find(std::string_view id);
  // Ends the session with this id, if any.
  void Close(std::string_view id);

 private:
  struct Entry {
    Session session;
    std::chrono::steady_clock::time_point opened;
    std::chrono::steady_clock::time_point used;
  };
  bool Expired(const Entry& entry, std::chrono::steady_clock::time_point now) const;
  void MakeRoom(std::chrono::steady_clock::time_point now);

  const Limits limits_;
  const Clock clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> by_hash_;
};

}  // namespace polyfon::web
