#pragma once

#include "mailgun/api/ApiResult.h"

#include <optional>

// Holds the result of one typed call once its callback ran, for tests that wait for it.
template <class T>
struct Capture
{
    std::optional<ApiResult<T>> result;

    ApiCallback<T> callback()
    {
        return [this](ApiResult<T> value) {
            result = std::move(value);
        };
    }
    bool done() const { return result.has_value(); }
    const ApiResult<T>& get() const { return *result; }
    const T& value() const { return result->value; }
};
