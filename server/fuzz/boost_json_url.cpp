// Boost.JSON and Boost.URL compiled into the fuzz targets (header-only mode) rather than
// linked from Debian's shared libraries, so the parsers get coverage callbacks and ASan.
#include <boost/json/src.hpp>
#include <boost/url/src.hpp>
