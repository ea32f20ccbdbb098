// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <sodium.h>

namespace trialcrf {

/// libsodium initialised once (thread-safe), for the password hashes and the audit chain's
/// SHA-256; false when it cannot be.
inline bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}  // namespace trialcrf
