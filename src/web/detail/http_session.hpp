#pragma once

// Private to polyfon_web: one client connection of HttpServer. Includes Beast, so never include
// this from a public header.

#include <utility>  // before Asio: Boost 1.74 in C++20 mode needs std::exchange declared first

#include <array>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>

#include "web/detail/beast_message.hpp"
#include "web/router.hpp"

namespace polyfon::web::detail {

class HttpSession;

// The live sessions of one server, so that stopping it can close idle keep-alive connections
// instead of waiting for their read timeout. Thread-safe.
class SessionRegistry {
 public:
  // Tracks `session`; closes it at once if CloseAll() has already run.
  void Add(const std::shared_ptr<HttpSession>& session);
  // Forgets `session` (called from its destructor).
  void Remove(const HttpSession* session);
  // Asks every tracked session, and every later one, to close.
  void CloseAll();

 private:
  std::mutex mu_;
  bool closed_ = false;
  std::unordered_map<const HttpSession*, std::weak_ptr<HttpSession>> sessions_;
};

// What every session of a server shares. The pointees outlive all sessions.
struct SessionContext {
  const Router* router = nullptr;
  size_t max_body_bytes = 0;
  SessionRegistry* registry = nullptr;
};

// Reads requests from one connection, dispatches them to the Router, writes the responses, and
// repeats while the client keeps the connection alive. All of its work runs on the strand that
// the socket was accepted on, so its members need no lock. Owned by the shared_ptrs held in its
// pending completion handlers: it ends when the connection does.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(boost::asio::ip::tcp::socket socket, SessionContext context);
  ~HttpSession();
  HttpSession(const HttpSession&) = delete;
  HttpSession& operator=(const HttpSession&) = delete;

  // Registers the session and starts reading. REQUIRES: owned by a shared_ptr; called once.
  void Start();
  // Closes the connection, aborting any pending read or write. Thread-safe.
  void Close();

 private:
  void ReadHeader();
  void OnHeader(boost::beast::error_code ec);
  void ReadBody();
  void OnBody(boost::beast::error_code ec);
  // Maps a failed read to an error response, or to dropping the connection.
  void OnReadError(boost::beast::error_code ec);
  void Respond(HttpResponse response, bool keep_alive, bool head);
  void OnWrite(bool keep_alive, boost::beast::error_code ec);
  // After an error response: stop sending, then read and discard what the client still sends, so
  // that closing does not reset the connection before the client has read the response.
  void Drain();
  void OnDrain(boost::beast::error_code ec, size_t bytes);

  SessionContext context_;
  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  boost::beast::http::response<boost::beast::http::empty_body> continue_;
  BeastResponse response_;
  std::array<char, 4096> drain_buffer_{};
  size_t drained_bytes_ = 0;
};

}  // namespace polyfon::web::detail
