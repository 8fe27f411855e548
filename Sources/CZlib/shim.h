// zlib shim: Foundation cannot gunzip on Linux, so .gz data files are read with gzopen/gzread.
#ifndef DLTUTOR_CZLIB_SHIM_H
#define DLTUTOR_CZLIB_SHIM_H
#include <zlib.h>
#endif
