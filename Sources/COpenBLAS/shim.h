// OpenBLAS shim: CBLAS plus the few LAPACK routines the engine uses. Debian ships no
// lapacke.h with OpenBLAS, so the Fortran entry points (which OpenBLAS carries) are
// declared here by hand; all arguments are passed by pointer, matrices are column-major.
#ifndef DLTUTOR_COPENBLAS_SHIM_H
#define DLTUTOR_COPENBLAS_SHIM_H
#include <cblas.h>

void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);

/// Divide-and-conquer SVD.
void sgesdd_(const char *jobz, const int *m, const int *n, float *a, const int *lda, float *s,
             float *u, const int *ldu, float *vt, const int *ldvt, float *work, const int *lwork,
             int *iwork, int *info);
/// Symmetric eigendecomposition (divide and conquer).
void ssyevd_(const char *jobz, const char *uplo, const int *n, float *a, const int *lda, float *w,
             float *work, const int *lwork, int *iwork, const int *liwork, int *info);
/// LU factorisation with partial pivoting.
void sgetrf_(const int *m, const int *n, float *a, const int *lda, int *ipiv, int *info);
/// Inverse from an LU factorisation.
void sgetri_(const int *n, float *a, const int *lda, const int *ipiv, float *work, const int *lwork,
             int *info);

#endif
