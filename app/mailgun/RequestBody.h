#pragma once

#include "mailgun/ApiRequest.h"

#include <QByteArray>

// The bytes and content type of a request body, encoded as the spec declares for the
// operation: multipart/form-data, application/x-www-form-urlencoded or JSON.
struct RequestBody
{
    QByteArray contentType;
    QByteArray bytes;

    static RequestBody encode(const ApiRequest& request);
};
