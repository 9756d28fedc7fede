#pragma once

// Internal to stats. Boost.Math throws on domain, overflow and evaluation errors by default. Errors
// are values here, so every error class reports through errno and a NaN/inf result, which callers
// check.

#include <boost/math/policies/policy.hpp>

namespace polyfon::stats {

namespace bmp = boost::math::policies;

using NoThrowPolicy =
    bmp::policy<bmp::domain_error<bmp::errno_on_error>, bmp::pole_error<bmp::errno_on_error>,
                bmp::overflow_error<bmp::errno_on_error>, bmp::underflow_error<bmp::ignore_error>,
                bmp::denorm_error<bmp::ignore_error>, bmp::evaluation_error<bmp::errno_on_error>,
                bmp::rounding_error<bmp::errno_on_error>, bmp::indeterminate_result_error<bmp::errno_on_error>>;

}  // namespace polyfon::stats
