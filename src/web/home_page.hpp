#pragma once

#include "web/http_types.hpp"

namespace polyfon::web {

// A plain start page (Nynorsk) that points to the JSON API until the web application arrives.
HttpResponse HomePage();

}  // namespace polyfon::web
