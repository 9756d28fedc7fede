#pragma once

#include <string_view>

namespace polyfon::web {

// The OpenAPI 3.1 document of the API, as JSON.
std::string_view OpenApiDocument();

}  // namespace polyfon::web
