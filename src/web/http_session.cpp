#include "web/detail/http_session.hpp"

#include <chrono>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace polyfon::web::detail {
namespace {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// Covers a slow or idle client: the whole request (or the idle gap before it on a keep-alive
// connection) must arrive within this time.
constexpr std::chrono::seconds kReadTimeout{30};
constexpr std::chrono::seconds kWriteTimeout{30};
// Bounds how long and how much we discard after an error response before closing.
constexpr std::chrono::seconds kDrainTimeout{5};
constexpr size_t kMaxDrainBytes = 1 << 20;
// The request line and header fields together (431 above it); a browser sends under 2 KiB, and the
// limit also bounds how many fields a request can carry.
constexpr uint32_t kMaxHeaderBytes = 8 * 1024;

bool IsHttpParseError(beast::error_code ec) {
  return ec.category() == beast::error_code(http::error::bad_target).category();
}

}  // namespace

void SessionRegistry::Add(const std::shared_ptr<HttpSession>& session) {
  bool closed = false;
  {
    std::lock_guard lock(mu_);
    closed = closed_;
    sessions_.emplace(session.get(), session);
  }
  if (closed) session->Close();
}

void SessionRegistry::Remove(const HttpSession* session) {
  std::lock_guard lock(mu_);
  sessions_.erase(session);
}

void SessionRegistry::CloseAll() {
  std::vector<std::shared_ptr<HttpSession>> live;
  {
    std::lock_guard lock(mu_);
    closed_ = true;
    for (const auto& [key, weak] : sessions_) {
      if (auto session = weak.lock()) live.push_back(std::move(session));
    }
  }
  // Outside the lock: a session's destructor (when `live` releases the last owner) takes it.
  for (const auto& session : live) session->Close();
}

HttpSession::HttpSession(tcp::socket socket, SessionContext context)
    : context_(context), stream_(std::move(socket)) {}

HttpSession::~HttpSession() { context_.registry->Remove(this); }

void HttpSession::Start() {
  context_.registry->Add(shared_from_this());
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(&HttpSession::ReadHeader, shared_from_this()));
}

void HttpSession::Close() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    beast::error_code ignored;
    self->stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    self->stream_.close();
  });
}

void HttpSession::ReadHeader() {
  parser_.emplace();
  parser_->body_limit(context_.max_body_bytes);
  parser_->header_limit(kMaxHeaderBytes);
  stream_.expires_after(kReadTimeout);
  http::async_read_header(stream_, buffer_, *parser_,
                          [self = shared_from_this()](beast::error_code ec, size_t) {
                            self->OnHeader(ec);
                          });
}

void HttpSession::OnHeader(beast::error_code ec) {
  if (ec) return OnReadError(ec);
  const auto& request = parser_->get();
  if (beast::iequals(request[http::field::expect], "100-continue")) {
    // Clients such as curl wait (about a second) for this before sending a large body.
    continue_ = http::response<http::empty_body>(http::status::continue_, request.version());
    stream_.expires_after(kWriteTimeout);
    return http::async_write(stream_, continue_,
                             [self = shared_from_this()](beast::error_code write_ec, size_t) {
                               if (write_ec) return;
                               self->ReadBody();
                             });
  }
  ReadBody();
}

void HttpSession::ReadBody() {
  stream_.expires_after(kReadTimeout);
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](beast::error_code ec, size_t) { self->OnBody(ec); });
}

void HttpSession::OnBody(beast::error_code ec) {
  if (ec) return OnReadError(ec);
  BeastRequest request = parser_->release();
  const bool keep_alive = request.keep_alive();
  const bool head = request.method() == http::verb::head;
  HttpResponse response;
  try {
    core::Result<HttpRequest> converted = FromBeast(std::move(request));
    if (converted.has_value()) {
      beast::error_code ignored;  // a peer gone already gets no answer anyway
      const auto peer = stream_.socket().remote_endpoint(ignored);
      if (!ignored) converted->remote_address = peer.address().to_string();
    }
    response = converted.has_value()
                   ? context_.router->Dispatch(std::move(*converted))
                   : HttpResponse::JsonError(400, converted.error().message());
  } catch (const std::exception&) {  // out of memory; the Router catches handler exceptions
    response = HttpResponse::JsonError(500, "internal server error");
  }
  Respond(std::move(response), keep_alive, head);
}

void HttpSession::OnReadError(beast::error_code ec) {
  if (ec == http::error::body_limit) {
    return Respond(HttpResponse::JsonError(413, "request body exceeds " +
                                                    std::to_string(context_.max_body_bytes) +
                                                    " bytes"),
                   false, false);
  }
  if (ec == http::error::header_limit) {
    return Respond(HttpResponse::JsonError(431, "request header fields too large"), false, false);
  }
  // end_of_stream (the client closed between requests) and partial_message (it closed inside one)
  // need no answer; nor do timeouts and socket errors. Returning drops the last owner, and the
  // destructor closes the socket.
  if (ec == http::error::end_of_stream || ec == http::error::partial_message) return;
  if (IsHttpParseError(ec)) {
    return Respond(HttpResponse::JsonError(400, "malformed HTTP request"), false, false);
  }
}

void HttpSession::Respond(HttpResponse response, bool keep_alive, bool head) {
  // The version of a request that failed to parse is unknown; answer in HTTP/1.1.
  const unsigned version = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
  response_ = ToBeast(std::move(response), version, keep_alive, head);
  stream_.expires_after(kWriteTimeout);
  http::async_write(stream_, response_,
                    [self = shared_from_this(), keep_alive](beast::error_code ec, size_t) {
                      self->OnWrite(keep_alive, ec);
                    });
}

void HttpSession::OnWrite(bool keep_alive, beast::error_code ec) {
  if (ec) return;
  if (keep_alive) return ReadHeader();
  Drain();
}

void HttpSession::Drain() {
  beast::error_code ignored;
  stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream_.expires_after(kDrainTimeout);
  stream_.async_read_some(net::buffer(drain_buffer_),
                          beast::bind_front_handler(&HttpSession::OnDrain, shared_from_this()));
}

void HttpSession::OnDrain(beast::error_code ec, size_t bytes) {
  drained_bytes_ += bytes;
  if (ec || drained_bytes_ > kMaxDrainBytes) return;  // EOF, timeout or enough: close
  stream_.async_read_some(net::buffer(drain_buffer_),
                          beast::bind_front_handler(&HttpSession::OnDrain, shared_from_this()));
}

}  // namespace polyfon::web::detail
