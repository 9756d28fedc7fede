#include <csignal>
#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_error.hpp"
#include "web/api_routes.hpp"
#include "web/http_server.hpp"

namespace polyfon::cli {

int RunServe(const StoreOpener& open, const std::string& db, const ServeArgs& args) {
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("serve", store.error());

  // Block the stop signals in every thread the server starts, and wait for them here.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  web::ServerOptions options;
  options.host = args.host;
  options.port = args.port;
  web::WebOptions web_options;
  web_options.min_count = args.min_count;
  web_options.secure_cookies = args.secure_cookies;
  web_options.behind_proxy = args.behind_proxy;
  web::HttpServer server(web::ApiRoutes(**store, web_options), options);
  if (auto status = server.Start(); !status.ok()) return ReportError("serve", status);
  std::cout << "Polyfon serves " << db << " on http://" << args.host << ":" << server.port()
            << "/ (Ctrl-C stops)" << std::endl;
  int signal = 0;
  sigwait(&signals, &signal);
  server.Stop();
  std::cout << "stopped" << std::endl;
  return kExitOk;
}

}  // namespace polyfon::cli
