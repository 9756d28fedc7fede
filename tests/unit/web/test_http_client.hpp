#pragma once

// A small blocking HTTP/1.1 client for the web tests: one connection to 127.0.0.1:port.

#include <utility>  // before Asio: Boost 1.74 in C++20 mode needs std::exchange declared first

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

namespace polyfon::web::testing {

namespace http = boost::beast::http;
using Response = http::response<http::string_body>;

class TestClient {
 public:
  // Connects at once; throws boost::system::system_error if nothing listens on `port`.
  explicit TestClient(uint16_t port) : socket_(io_) {
    socket_.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  }

  // Sends one request on this connection and reads the response. Throws on I/O errors.
  // `headers` are added as given (e.g. Authorization, Cookie, X-CSRF-Token, Content-Type).
  Response Send(http::verb method, std::string_view target, std::string body = {},
                bool keep_alive = true, const std::map<std::string, std::string>& headers = {}) {
    http::request<http::string_body> request{method, std::string(target), 11};
    request.set(http::field::host, "127.0.0.1");
    for (const auto& [name, value] : headers) request.set(name, value);
    request.keep_alive(keep_alive);
    if (!body.empty() || method == http::verb::post) {
      request.body() = std::move(body);
      request.prepare_payload();
    }
    http::write(socket_, request);
    return Read(method == http::verb::head);
  }

  Response Get(std::string_view target, const std::map<std::string, std::string>& headers = {}) {
    return Send(http::verb::get, target, {}, true, headers);
  }

  // Writes raw bytes, for requests the Beast serializer would not produce.
  void WriteRaw(std::string_view bytes) {
    boost::asio::write(socket_, boost::asio::buffer(bytes.data(), bytes.size()));
  }

  // Reads one response; `head` means the response has no body whatever its Content-Length.
  Response Read(bool head = false) {
    http::response_parser<http::string_body> parser;
    parser.skip(head);
    parser.body_limit(64 * 1024 * 1024);
    http::read(socket_, buffer_, parser);
    return parser.release();
  }

  // Reads up to and including the blank line that ends a header block (e.g. "100 Continue").
  // REQUIRES: the server sends nothing more until the client writes again (bytes read past the
  // block would be lost), and no Read() has buffered data yet.
  std::string ReadHeaderBlock() {
    boost::asio::streambuf raw;
    const size_t n = boost::asio::read_until(socket_, raw, "\r\n\r\n");
    const auto begin = boost::asio::buffers_begin(raw.data());
    return std::string(begin, begin + static_cast<std::ptrdiff_t>(n));
  }

  // True if the server has closed the connection: a read yields EOF or a reset, not data.
  bool ServerClosed() {
    char byte = 0;
    boost::system::error_code ec;
    socket_.read_some(boost::asio::buffer(&byte, 1), ec);
    return ec == boost::asio::error::eof || ec == boost::asio::error::connection_reset;
  }

 private:
  boost::asio::io_context io_;
  boost::asio::ip::tcp::socket socket_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace polyfon::web::testing
