//===- fused_rows_experiment.cpp - bf16 RMSNorm loop structures -----------===//
//
// An experiment behind docs/Performance.md ("bf16 on Zen 4, measured"), not
// a benchmark: hand-written AVX-512 (AVX512-BF16) RMSNorm over 8192 x N
// bf16 rows in three loop structures, against a copy with non-temporal
// stores, each the median of 15 runs taking turns:
//  - two passes per row (sum of squares, then the output);
//  - the same with a prefetch of the next row in the output loop;
//  - fused: the output loop of row r also loads row r+1 and sums its
//    squares, so the next row's reads are demand loads amid this row's
//    compute (each thread takes consecutive rows).
// Build and run (prints GB/s of 4 bytes per element, and whether the fused
// and two-pass outputs are bit-identical):
//   clang++-22 -O3 -march=native -fopenmp bench/cpu/fused_rows_experiment.cpp
//   OMP_NUM_THREADS=2 ./a.out 4096
//
//===----------------------------------------------------------------------===//
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <immintrin.h>
#include <omp.h>
#include <vector>

static inline __m512 load_bf16(const uint16_t *p) {
  __m256i v = _mm256_loadu_si256((const __m256i *)p);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(v), 16));
}
static inline void store_bf16_nt(uint16_t *p, __m512 a, __m512 b) {
  __m512bh r = _mm512_cvtne2ps_pbh(b, a);
  _mm512_stream_si512((__m512i *)p, (__m512i)r);
}

static float sumsq(const uint16_t *x, int n) {
  __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
  for (int i = 0; i < n; i += 64) {
    __m512 v0 = load_bf16(x + i), v1 = load_bf16(x + i + 16),
           v2 = load_bf16(x + i + 32), v3 = load_bf16(x + i + 48);
    a0 = _mm512_fmadd_ps(v0, v0, a0);
    a1 = _mm512_fmadd_ps(v1, v1, a1);
    a2 = _mm512_fmadd_ps(v2, v2, a2);
    a3 = _mm512_fmadd_ps(v3, v3, a3);
  }
  return _mm512_reduce_add_ps(
      _mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)));
}

void two_pass(const uint16_t *x, const uint16_t *g, uint16_t *y, int rows,
              int n, bool pf) {
#pragma omp parallel for schedule(static)
  for (int r = 0; r < rows; ++r) {
    const uint16_t *xr = x + (size_t)r * n;
    const uint16_t *xn = x + (size_t)std::min(r + 1, rows - 1) * n;
    float rstd = 1.0f / std::sqrt(sumsq(xr, n) / n + 1e-5f);
    __m512 s = _mm512_set1_ps(rstd);
    uint16_t *yr = y + (size_t)r * n;
    for (int i = 0; i < n; i += 32) {
      if (pf)
        _mm_prefetch((const char *)(xn + i), _MM_HINT_T0);
      __m512 a =
          _mm512_mul_ps(_mm512_mul_ps(load_bf16(xr + i), s), load_bf16(g + i));
      __m512 b = _mm512_mul_ps(_mm512_mul_ps(load_bf16(xr + i + 16), s),
                               load_bf16(g + i + 16));
      store_bf16_nt(yr + i, a, b);
    }
  }
  _mm_sfence();
}

void fused(const uint16_t *x, const uint16_t *g, uint16_t *y, int rows, int n) {
#pragma omp parallel
  {
    int t = omp_get_thread_num(), T = omp_get_num_threads();
    int per = (rows + T - 1) / T, lo = t * per, hi = std::min(rows, lo + per);
    if (lo < hi) {
      float ss = sumsq(x + (size_t)lo * n, n);
      for (int r = lo; r < hi; ++r) {
        const uint16_t *xr = x + (size_t)r * n;
        bool more = r + 1 < hi;
        const uint16_t *xn = x + (size_t)(more ? r + 1 : r) * n;
        __m512 s = _mm512_set1_ps(1.0f / std::sqrt(ss / n + 1e-5f));
        __m512 a0 = _mm512_setzero_ps(), a1 = a0;
        uint16_t *yr = y + (size_t)r * n;
        for (int i = 0; i < n; i += 32) {
          __m512 n0 = load_bf16(xn + i), n1 = load_bf16(xn + i + 16);
          a0 = _mm512_fmadd_ps(n0, n0, a0);
          a1 = _mm512_fmadd_ps(n1, n1, a1);
          __m512 a = _mm512_mul_ps(_mm512_mul_ps(load_bf16(xr + i), s),
                                   load_bf16(g + i));
          __m512 b = _mm512_mul_ps(_mm512_mul_ps(load_bf16(xr + i + 16), s),
                                   load_bf16(g + i + 16));
          store_bf16_nt(yr + i, a, b);
        }
        ss = _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));
      }
    }
  }
  _mm_sfence();
}

void ceiling(const uint16_t *x, uint16_t *y, size_t count) {
#pragma omp parallel for schedule(static)
  for (size_t i = 0; i < count; i += 32)
    _mm512_stream_si512((__m512i *)(y + i),
                        _mm512_loadu_si512((const void *)(x + i)));
  _mm_sfence();
}

int main(int argc, char **argv) {
  int rows = 8192, n = argc > 1 ? atoi(argv[1]) : 4096;
  size_t count = (size_t)rows * n;
  uint16_t *x = (uint16_t *)aligned_alloc(64, count * 2),
           *y = (uint16_t *)aligned_alloc(64, count * 2);
  uint16_t *y2 = (uint16_t *)aligned_alloc(64, count * 2);
  std::vector<uint16_t> g(n, 0x3f80);
  for (size_t i = 0; i < count; ++i)
    x[i] = 0x3f80 + (i * 7919 % 97);
  memset(y, 0, count * 2);
  memset(y2, 0, count * 2);
  const char *names[] = {"ceiling", "two-pass", "two-pass+pf", "fused"};
  std::vector<double> t[4];
  for (int rep = 0; rep < 15; ++rep)
    for (int k = 0; k < 4; ++k) {
      auto s = std::chrono::steady_clock::now();
      if (k == 0)
        ceiling(x, y, count);
      if (k == 1)
        two_pass(x, g.data(), y, rows, n, false);
      if (k == 2)
        two_pass(x, g.data(), y, rows, n, true);
      if (k == 3)
        fused(x, g.data(), y2, rows, n);
      t[k].push_back(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - s)
              .count());
    }
  two_pass(x, g.data(), y, rows, n, true);
  fused(x, g.data(), y2, rows, n);
  printf("n=%d threads=%d same=%d\n", n, omp_get_max_threads(),
         memcmp(y, y2, count * 2) == 0);
  for (int k = 0; k < 4; ++k) {
    std::sort(t[k].begin(), t[k].end());
    double med = t[k][t[k].size() / 2];
    printf("%-12s %.2f ms %.1f GB/s\n", names[k], med * 1e3,
           4.0 * count / med / 1e9);
  }
}
