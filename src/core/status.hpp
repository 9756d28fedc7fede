#pragma once

#include <string>
#include <utility>
#include <variant>

namespace polyfon::core {

// A closed list of failure kinds. Adapters map these to HTTP statuses and CLI exit codes in one
// place each; nothing else inspects them.
enum class ErrorCode {
  kOk,
  kInvalidArgument,  // bad input: a file, a flag, a request parameter
  kNotFound,
  kConflict,
  kUnauthenticated,   // no valid sign-in or token where one is needed
  kPermissionDenied,  // signed in, but the role or its org units do not allow it
  kParseError,
  kFailedPrecondition,  // the data cannot answer the request, e.g. a covariate the model cannot identify
  kUnavailable,
  kCorruption,
  kInternal,
};

const char* ErrorCodeName(ErrorCode code);

// The outcome of an operation that returns nothing. Input errors carry a message that names the
// file, line and field.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {ErrorCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
  static Status Conflict(std::string m) { return {ErrorCode::kConflict, std::move(m)}; }
  static Status Unauthenticated(std::string m) { return {ErrorCode::kUnauthenticated, std::move(m)}; }
  static Status PermissionDenied(std::string m) { return {ErrorCode::kPermissionDenied, std::move(m)}; }
  static Status ParseError(std::string m) { return {ErrorCode::kParseError, std::move(m)}; }
  static Status Unavailable(std::string m) { return {ErrorCode::kUnavailable, std::move(m)}; }
  static Status FailedPrecondition(std::string m) { return {ErrorCode::kFailedPrecondition, std::move(m)}; }
  static Status Corruption(std::string m) { return {ErrorCode::kCorruption, std::move(m)}; }
  static Status Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse error: file.csv line 3, field value: ..." style, for logs and the CLI.
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none. Shaped like std::expected (not in GCC 12's
// C++20) so the move to it is mechanical.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool has_value() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // REQUIRES: !has_value()
  const Status& error() const { return std::get<Status>(data_); }
  Status status() const { return has_value() ? Status::Ok() : error(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace polyfon::core

// Returns a failed Status from the current function.
#define POLYFON_RETURN_IF_ERROR(expr)                         \
  do {                                                        \
    ::polyfon::core::Status polyfon_status_ = (expr);         \
    if (!polyfon_status_.ok()) return polyfon_status_;        \
  } while (0)

#define POLYFON_CONCAT_INNER_(a, b) a##b
#define POLYFON_CONCAT_(a, b) POLYFON_CONCAT_INNER_(a, b)
// `POLYFON_ASSIGN_OR_RETURN(auto x, F());` declares x from a Result or returns its Status.
#define POLYFON_ASSIGN_OR_RETURN(lhs, expr) \
  POLYFON_ASSIGN_OR_RETURN_IMPL_(POLYFON_CONCAT_(polyfon_result_, __LINE__), lhs, expr)
#define POLYFON_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.has_value()) return tmp.error();            \
  lhs = std::move(tmp).value()
