// time.Duration's String, exactly as Go formats it ("1h2m3.5s", "1.5µs", "0s").
#pragma once

#include <cstdint>
#include <string>

namespace weft::stdlib::timefmt {

std::string durationString(int64_t d);

}  // namespace weft::stdlib::timefmt
