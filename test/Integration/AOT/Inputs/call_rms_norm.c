/* Calls the compiled _mlir_ciface_rms_norm with memref descriptors. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} MemRef2D;
typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} MemRef1D;

void _mlir_ciface_rms_norm(MemRef2D *x, MemRef1D *g, MemRef2D *y);

int main(void) {
  enum { ROWS = 37, HIDDEN = 1000 };
  float *x = malloc(sizeof(float) * ROWS * HIDDEN);
  float *y = malloc(sizeof(float) * ROWS * HIDDEN);
  float *g = malloc(sizeof(float) * HIDDEN);
  unsigned seed = 1;
  for (int i = 0; i < ROWS * HIDDEN; ++i) {
    seed = seed * 1103515245u + 12345u;
    x[i] = (float)((seed >> 8) % 2001) / 1000.0f - 1.0f;
  }
  for (int j = 0; j < HIDDEN; ++j)
    g[j] = 0.5f + (float)j / HIDDEN;
  MemRef2D xd = {x, x, 0, {ROWS, HIDDEN}, {HIDDEN, 1}};
  MemRef2D yd = {y, y, 0, {ROWS, HIDDEN}, {HIDDEN, 1}};
  MemRef1D gd = {g, g, 0, {HIDDEN}, {1}};
  _mlir_ciface_rms_norm(&xd, &gd, &yd);

  double worst = 0.0;
  for (int i = 0; i < ROWS; ++i) {
    double sum = 0.0;
    for (int j = 0; j < HIDDEN; ++j)
      sum += (double)x[i * HIDDEN + j] * x[i * HIDDEN + j];
    double rstd = 1.0 / sqrt(sum / HIDDEN + 1e-6);
    for (int j = 0; j < HIDDEN; ++j) {
      double want = x[i * HIDDEN + j] * rstd * g[j];
      double error = fabs(y[i * HIDDEN + j] - want);
      if (error > worst)
        worst = error;
    }
  }
  printf("rows %d hidden %d: max error %.6f %s\n", ROWS, HIDDEN, worst,
         worst < 1e-4 ? "ok" : "TOO LARGE");
  return worst < 1e-4 ? 0 : 1;
}
