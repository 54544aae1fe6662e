#pragma once

#include "mailgun/ApiError.h"

#include <functional>

// The outcome of one typed API call: the parsed value when it worked, the error otherwise.
// `value` is default-constructed when the call failed, so callers must check ok() first.
template <class T>
struct ApiResult
{
    T value{};
    ApiError error;

    bool ok() const { return !error.isError(); }

    static ApiResult success(T value)
    {
        ApiResult result;
        result.value = std::move(value);
        return result;
    }
    static ApiResult failure(const ApiError& error)
    {
        ApiResult result;
        result.error = error;
        return result;
    }
};

template <class T>
using ApiCallback = std::function<void(ApiResult<T>)>;
