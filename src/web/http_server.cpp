#include "web/http_server.hpp"

#include <utility>  // before Asio: Boost 1.74 in C++20 mode needs std::exchange declared first

#include <chrono>
#include <condition_variable>
#include <exception>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "web/detail/http_session.hpp"

namespace polyfon::web {
namespace {

namespace net = boost::asio;
using tcp = net::ip::tcp;

// How long Stop() lets in-flight requests finish before abandoning them.
constexpr std::chrono::seconds kStopGrace{5};
// Pause before accepting again after a failed accept (e.g. out of file descriptors), so that a
// persistent failure does not spin a core.
constexpr std::chrono::milliseconds kAcceptRetryDelay{50};

}  // namespace

struct HttpServer::Impl {
  Impl(Router r, ServerOptions o) : router(std::move(r)), options(std::move(o)) {}

  void Accept();
  void OnAccept(boost::system::error_code ec, tcp::socket socket);
  void RunThread();
  // Closes the acceptor and all connections on the io threads; returns at once.
  void RequestStop();
  // Waits for the io threads to finish (forcing them after kStopGrace) and joins them.
  void Join();

  // Declared before `io` so that sessions destroyed with the io_context can still use them.
  Router router;
  ServerOptions options;
  detail::SessionRegistry registry;

  net::io_context io;
  tcp::acceptor acceptor{net::make_strand(io)};
  net::steady_timer retry_timer{acceptor.get_executor()};
  uint16_t port = 0;

  std::mutex mu;
  std::condition_variable cv;
  bool started = false;
  bool stop_requested = false;
  int running_threads = 0;

  std::mutex join_mu;  // serializes Join(): Wait() and the destructor may race
  std::vector<std::thread> threads;
};

void HttpServer::Impl::Accept() {
  acceptor.async_accept(net::make_strand(io),
                        [this](boost::system::error_code ec, tcp::socket socket) {
                          OnAccept(ec, std::move(socket));
                        });
}

void HttpServer::Impl::OnAccept(boost::system::error_code ec, tcp::socket socket) {
  if (!acceptor.is_open()) return;  // stopping
  if (ec) {
    retry_timer.expires_after(kAcceptRetryDelay);
    retry_timer.async_wait([this](boost::system::error_code wait_ec) {
      if (!wait_ec && acceptor.is_open()) Accept();
    });
    return;
  }
  boost::system::error_code ignored;
  // Without TCP_NODELAY, Nagle plus delayed ACK stalls small keep-alive responses by ~40 ms.
  socket.set_option(tcp::no_delay(true), ignored);
  std::make_shared<detail::HttpSession>(
      std::move(socket), detail::SessionContext{&router, options.max_body_bytes, &registry})
      ->Start();
  Accept();
}

void HttpServer::Impl::RunThread() {
  for (;;) {
    try {
      io.run();
      break;
    } catch (const std::exception& e) {
      // Sessions catch their own errors; this only guards the server against an escaped one.
      std::cerr << "polyfon web: io thread caught: " << e.what() << '\n';
    }
  }
  std::lock_guard lock(mu);
  --running_threads;
  cv.notify_all();
}

void HttpServer::Impl::RequestStop() {
  {
    std::lock_guard lock(mu);
    if (stop_requested) return;
    stop_requested = true;
    cv.notify_all();
    if (!started) return;
  }
  net::post(acceptor.get_executor(), [this] {
    boost::system::error_code ignored;
    acceptor.close(ignored);
    retry_timer.cancel();
    registry.CloseAll();
  });
}

void HttpServer::Impl::Join() {
  std::lock_guard join_lock(join_mu);
  {
    std::unique_lock lock(mu);
    if (!cv.wait_for(lock, kStopGrace, [this] { return running_threads == 0; })) {
      lock.unlock();
      io.stop();  // a handler is still busy: abandon its connection rather than hang
    }
  }
  for (std::thread& thread : threads) {
    if (thread.joinable()) thread.join();
  }
  // No io thread runs now, so touching the acceptor here is safe; it is already closed unless
  // io.stop() above pre-empted the posted close.
  boost::system::error_code ignored;
  acceptor.close(ignored);
}

HttpServer::HttpServer(Router router, ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(router), std::move(options))) {}

HttpServer::~HttpServer() {
  // REQUIRES (documented): not destroyed from one of its own handlers.
  impl_->RequestStop();
  impl_->Join();
}

core::Status HttpServer::Start() {
  {
    std::lock_guard lock(impl_->mu);
    if (impl_->started || impl_->stop_requested) {
      return core::Status::Internal("HttpServer::Start called twice or after Stop");
    }
  }
  const ServerOptions& options = impl_->options;
  if (options.threads < 1) {
    return core::Status::InvalidArgument("server threads must be at least 1, got " +
                                         std::to_string(options.threads));
  }
  const std::string where = options.host + ":" + std::to_string(options.port);
  boost::system::error_code ec;
  tcp::resolver resolver(impl_->io);
  auto endpoints = resolver.resolve(options.host, std::to_string(options.port),
                                    tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || endpoints.empty()) {
    return core::Status::Unavailable("cannot resolve " + where + ": " + ec.message());
  }
  const tcp::endpoint endpoint = endpoints.begin()->endpoint();
  tcp::acceptor& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  // The kernel maximum, not a small fixed backlog: bursts of new connections must not overflow.
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    boost::system::error_code ignored;
    acceptor.close(ignored);
    return core::Status::Unavailable("cannot listen on " + where + ": " + ec.message());
  }
  impl_->port = acceptor.local_endpoint(ec).port();
  {
    std::lock_guard lock(impl_->mu);
    impl_->started = true;
    impl_->running_threads = options.threads;
  }
  impl_->Accept();
  for (int i = 0; i < options.threads; ++i) {
    impl_->threads.emplace_back([impl = impl_.get()] { impl->RunThread(); });
  }
  return core::Status::Ok();
}

uint16_t HttpServer::port() const { return impl_->port; }

void HttpServer::Wait() {
  {
    std::unique_lock lock(impl_->mu);
    if (!impl_->started) return;
    impl_->cv.wait(lock, [this] { return impl_->stop_requested; });
  }
  impl_->Join();
}

void HttpServer::Stop() {
  impl_->RequestStop();
  // From a handler, joining would wait for ourselves; Wait() or the destructor joins instead.
  if (!impl_->io.get_executor().running_in_this_thread()) impl_->Join();
}

}  // namespace polyfon::web
