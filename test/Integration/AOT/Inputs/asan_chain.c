/* Runs the chain of asan_chain.mlir under AddressSanitizer (a buffer freed
 * before its last use, or twice, aborts) and compares its result with the
 * same computation in double precision. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} MemRef1;
typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} MemRef2;

void _mlir_ciface_chain(MemRef2 *result, MemRef2 *x, MemRef2 *w, MemRef1 *g,
                        MemRef1 *b);

enum { R = 4, N = 64 };

static void layerNorm(const double *in, const float *g, const float *b,
                      double *out) {
  for (int i = 0; i < R; ++i) {
    double mean = 0, var = 0;
    for (int j = 0; j < N; ++j)
      mean += in[i * N + j] / N;
    for (int j = 0; j < N; ++j)
      var += (in[i * N + j] - mean) * (in[i * N + j] - mean) / N;
    for (int j = 0; j < N; ++j)
      out[i * N + j] = (in[i * N + j] - mean) / sqrt(var + 1e-5) * g[j] + b[j];
  }
}

static void rmsNorm(const double *in, const float *g, double *out) {
  for (int i = 0; i < R; ++i) {
    double square = 0;
    for (int j = 0; j < N; ++j)
      square += in[i * N + j] * in[i * N + j] / N;
    for (int j = 0; j < N; ++j)
      out[i * N + j] = in[i * N + j] / sqrt(square + 1e-5) * g[j];
  }
}

int main(void) {
  float x[R * N], w[R * N], g[N], b[N];
  for (int j = 0; j < R * N; ++j) {
    x[j] = (float)(j % 13) - 6.0f;
    w[j] = (float)(j % 5) * 0.5f - 1.0f;
  }
  for (int j = 0; j < N; ++j) {
    g[j] = 1.0f + (float)(j % 3) * 0.25f;
    b[j] = (float)(j % 4) * 0.125f;
  }
  MemRef2 xd = {x, x, 0, {R, N}, {N, 1}}, wd = {w, w, 0, {R, N}, {N, 1}};
  MemRef1 gd = {g, g, 0, {N}, {1}}, bd = {b, b, 0, {N}, {1}};
  MemRef2 result;
  for (int run = 0; run < 3; ++run) {
    _mlir_ciface_chain(&result, &xd, &wd, &gd, &bd);
    if (run < 2)
      free(result.allocated);
  }

  double s[R * N], n1[R * N], s2[R * N], n2[R * N];
  for (int j = 0; j < R * N; ++j)
    s[j] = (double)x[j] * w[j] + x[j];
  layerNorm(s, g, b, n1);
  for (int j = 0; j < R * N; ++j)
    s2[j] = n1[j] * w[j] * n1[j] + s[j];
  rmsNorm(s2, g, n2);
  double worst = 0;
  const float *got = (const float *)result.aligned + result.offset;
  for (int j = 0; j < R * N; ++j) {
    double want = n2[j] + n1[j];
    double error = fabs(got[j] - want) / (1.0 + fabs(want));
    if (!(error <= worst))
      worst = isnan(error) ? INFINITY : error;
  }
  free(result.allocated);
  printf("chain: max relative error %s\n",
         worst < 1e-5 ? "below 1e-5" : "TOO LARGE");
  return worst < 1e-5 ? 0 : 1;
}
