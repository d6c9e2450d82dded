/* Runs the generated kernels under AddressSanitizer on every tail length:
 * each buffer is allocated with exactly its size, so a read or write past a
 * row's end or the tensor's end is reported and aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MEMREF(N)                                                              \
  typedef struct {                                                             \
    void *allocated, *aligned;                                                 \
    int64_t offset, sizes[N], strides[N];                                      \
  } MemRef##N
MEMREF(1);
MEMREF(2);
MEMREF(3);
MEMREF(4);

void _mlir_ciface_add_ln(MemRef2 *x, MemRef2 *r, MemRef1 *g, MemRef2 *y,
                         MemRef2 *h);
void _mlir_ciface_rms_bf16(MemRef2 *x, MemRef1 *g, MemRef2 *y);
void _mlir_ciface_add_rms_bf16(MemRef2 *x, MemRef2 *r, MemRef1 *g, MemRef2 *y,
                               MemRef2 *h);
void _mlir_ciface_bn_nhwc_bf16(MemRef2 *x, MemRef1 *m, MemRef1 *v, MemRef2 *y);
void _mlir_ciface_bn_nchw(MemRef3 *x, MemRef1 *m, MemRef1 *v, MemRef3 *y);
void _mlir_ciface_bn_nhwc24(MemRef2 *x, MemRef1 *m, MemRef1 *v, MemRef2 *y);
void _mlir_ciface_bn_planes(MemRef4 *x, MemRef1 *m, MemRef1 *v, MemRef4 *y);
void _mlir_ciface_bn_train(MemRef3 *x, MemRef1 *m, MemRef1 *v, MemRef3 *y,
                           MemRef2 *s);

/* Whether every element of a bf16 matrix is `want` or the value just below
 * it (RMSNorm's eps); prints the first one that is not. */
static int check(const uint16_t *v, int64_t count, uint16_t want,
                 const char *what, int64_t n) {
  for (int64_t j = 0; j < count; ++j)
    if (v[j] != want && v[j] != want - 1) {
      printf("wrong %s %#x at %lld (hidden %lld)\n", what, v[j], (long long)j,
             (long long)n);
      return 0;
    }
  return 1;
}

static MemRef2 matrix(void *p, int64_t rows, int64_t cols) {
  MemRef2 m = {p, p, 0, {rows, cols}, {cols, 1}};
  return m;
}

int main(void) {
  int64_t hiddens[] = {1, 2, 7, 15, 16, 17, 63, 64, 65, 127, 129, 1000, 4097};
  int64_t rows[] = {1, 3};
  int runs = 0;
  for (unsigned i = 0; i < sizeof(hiddens) / sizeof(hiddens[0]); ++i) {
    for (unsigned k = 0; k < 2; ++k) {
      int64_t n = hiddens[i], m = rows[k];
      float *x = malloc(sizeof(float) * m * n),
            *r = malloc(sizeof(float) * m * n);
      float *y = malloc(sizeof(float) * m * n),
            *h = malloc(sizeof(float) * m * n);
      float *g = malloc(sizeof(float) * n);
      for (int64_t j = 0; j < m * n; ++j) {
        x[j] = (float)(j % 13) - 6.0f;
        r[j] = (float)(j % 7) * 0.25f;
      }
      for (int64_t j = 0; j < n; ++j)
        g[j] = 1.0f;
      MemRef2 xd = matrix(x, m, n), rd = matrix(r, m, n);
      MemRef2 yd = matrix(y, m, n), hd = matrix(h, m, n);
      MemRef1 gd = {g, g, 0, {n}, {1}};
      _mlir_ciface_add_ln(&xd, &rd, &gd, &yd, &hd);

      uint16_t *bx = malloc(2 * m * n), *by = malloc(2 * m * n);
      uint16_t *bg = malloc(2 * n);
      for (int64_t j = 0; j < m * n; ++j)
        bx[j] = 0x3f80; /* 1.0 in bf16 */
      for (int64_t j = 0; j < n; ++j)
        bg[j] = 0x4000; /* 2.0 */
      MemRef2 bxd = matrix(bx, m, n), byd = matrix(by, m, n);
      MemRef1 bgd = {bg, bg, 0, {n}, {1}};
      _mlir_ciface_rms_bf16(&bxd, &bgd, &byd);
      /* RMSNorm of ones times 2 is 2 (0x4000) up to eps. */
      if (!check(by, m * n, 0x4000, "y", n))
        return 1;
      /* h = 1 + 1 = 2 (0x4000); its RMSNorm times 2 is 2 again. */
      uint16_t *br = malloc(2 * m * n), *bh = malloc(2 * m * n);
      for (int64_t j = 0; j < m * n; ++j)
        br[j] = 0x3f80;
      MemRef2 brd = matrix(br, m, n), bhd = matrix(bh, m, n);
      _mlir_ciface_add_rms_bf16(&bxd, &brd, &bgd, &byd, &bhd);
      if (!check(bh, m * n, 0x4000, "h", n) ||
          !check(by, m * n, 0x4000, "fused y", n))
        return 1;
      /* BatchNorm, channels-last with n channels (bf16 running statistics:
       * 16-bit reads of every tail): x = 1, mean 0, var 1 gives 1 up to
       * eps. */
      uint16_t *bm = calloc(n, 2), *bv = malloc(2 * n);
      for (int64_t j = 0; j < n; ++j)
        bv[j] = 0x3f80;
      MemRef1 bmd = {bm, bm, 0, {n}, {1}}, bvd = {bv, bv, 0, {n}, {1}};
      _mlir_ciface_bn_nhwc_bf16(&bxd, &bmd, &bvd, &byd);
      if (!check(by, m * n, 0x3f80, "batch norm y", n))
        return 1;
      /* BatchNorm, NCHW planes of n elements (3 channels). */
      float cm[3] = {0.5f, -1.0f, 2.0f}, cv[3] = {1.0f, 2.0f, 0.5f};
      MemRef1 cmd = {cm, cm, 0, {3}, {1}}, cvd = {cv, cv, 0, {3}, {1}};
      float *px = malloc(sizeof(float) * m * 3 * n),
            *py = malloc(sizeof(float) * m * 3 * n);
      for (int64_t j = 0; j < m * 3 * n; ++j)
        px[j] = (float)(j % 11);
      MemRef3 pxd = {px, px, 0, {m, 3, n}, {3 * n, n, 1}},
              pyd = {py, py, 0, {m, 3, n}, {3 * n, n, 1}};
      _mlir_ciface_bn_nchw(&pxd, &cmd, &cvd, &pyd);
      /* The same in training form: batch moments of every plane (rows of
       * the statistics: batch mean, batch variance, new running mean and
       * variance). x = j % 11 has a variance of at most 25. */
      float stats[12];
      MemRef2 sd = matrix(stats, 4, 3);
      _mlir_ciface_bn_train(&pxd, &cmd, &cvd, &pyd, &sd);
      for (int j = 0; j < 3; ++j)
        if (!(stats[3 + j] >= 0.0f && stats[3 + j] <= 25.0f)) {
          printf("wrong batch variance %g (hidden %lld)\n", stats[3 + j],
                 (long long)n);
          return 1;
        }
      /* BatchNorm, n positions of 24 channels: whole groups of positions
       * and the rest. */
      float sm[24] = {0}, sv[24];
      for (int j = 0; j < 24; ++j)
        sv[j] = 1.0f;
      MemRef1 smd = {sm, sm, 0, {24}, {1}}, svd = {sv, sv, 0, {24}, {1}};
      float *sx = malloc(sizeof(float) * n * 24),
            *sy = malloc(sizeof(float) * n * 24);
      for (int64_t j = 0; j < n * 24; ++j)
        sx[j] = (float)(j % 5);
      MemRef2 sxd = matrix(sx, n, 24), syd = matrix(sy, n, 24);
      _mlir_ciface_bn_nhwc24(&sxd, &smd, &svd, &syd);
      for (int64_t j = 0; j < n * 24; ++j)
        if (!(sy[j] > sx[j] * 0.999f - 1e-6f && sy[j] <= sx[j])) {
          printf("wrong batch norm y %g at %lld\n", sy[j], (long long)j);
          return 1;
        }
      /* BatchNorm, m images of 60 planes of 7x5: streamed, kernel rows of
       * 20 planes whose chunks span up to three planes. */
      float qm[60] = {0}, qv[60];
      for (int j = 0; j < 60; ++j)
        qv[j] = 1.0f;
      MemRef1 qmd = {qm, qm, 0, {60}, {1}}, qvd = {qv, qv, 0, {60}, {1}};
      float *qx = malloc(sizeof(float) * m * 60 * 35),
            *qy = malloc(sizeof(float) * m * 60 * 35);
      for (int64_t j = 0; j < m * 60 * 35; ++j)
        qx[j] = (float)(j % 9);
      MemRef4 qxd = {qx, qx, 0, {m, 60, 7, 5}, {60 * 35, 35, 5, 1}},
              qyd = {qy, qy, 0, {m, 60, 7, 5}, {60 * 35, 35, 5, 1}};
      _mlir_ciface_bn_planes(&qxd, &qmd, &qvd, &qyd);
      for (int64_t j = 0; j < m * 60 * 35; ++j)
        if (!(qy[j] > qx[j] * 0.999f - 1e-6f && qy[j] <= qx[j])) {
          printf("wrong batch norm planes y %g at %lld\n", qy[j], (long long)j);
          return 1;
        }
      free(qx);
      free(qy);
      free(sx);
      free(sy);
      free(bm);
      free(bv);
      free(px);
      free(py);
      free(br);
      free(bh);
      free(x);
      free(r);
      free(y);
      free(h);
      free(g);
      free(bx);
      free(by);
      free(bg);
      ++runs;
    }
  }
  printf("%d shapes, no out-of-bounds access\n", runs);
  return 0;
}
