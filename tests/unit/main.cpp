// The one translation unit that defines doctest's main(); every other tests/unit/*.cpp only
// includes <doctest.h> and adds TEST_CASEs.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest.h>
