//===- baselines.cpp - Ceilings and peers for the CPU benchmark -----------===//
//
// Compiled with -O3 -march=native -fopenmp into a shared library that
// bench.py calls through ctypes:
//  - streaming ceilings with the read/write mix of each op (plain and
//    non-temporal stores), all threads;
//  - the loops a user writes by hand (f32, OpenMP over rows; the backward
//    also bf16, widened to f32);
//  - oneDNN's layer and batch normalization, and its layer normalization
//    backward (when built with NORM_BENCH_DNNL).
//
//===----------------------------------------------------------------------===//

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include <omp.h>

#ifdef NORM_BENCH_DNNL
#include <map>
#include <tuple>

#include "oneapi/dnnl/dnnl.hpp"
#endif

extern "C" {

// Streaming stores need 64-byte aligned addresses (LLVM splits an
// unaligned one into scalar stores), so the streaming ceilings store whole
// aligned 64-byte vectors.
typedef float Vec16 __attribute__((vector_size(64)));

// Elements before the first 64-byte boundary of `p` (at most n).
static int64_t headElements(const float *p, int64_t n) {
  int64_t misaligned = reinterpret_cast<uintptr_t>(p) % 64;
  int64_t head = misaligned ? (64 - misaligned) / 4 : 0;
  return head < n ? head : n;
}

// Loads 16 floats from any address (through a reference: a 64-byte vector
// passed or returned by value has a different ABI without AVX-512).
static void loadVec(Vec16 &v, const float *p) {
  __builtin_memcpy(&v, p, sizeof(v));
}

// y = x * c: one read, one write per element.
void ceiling_1r1w(const float *x, float *y, int64_t n, int nontemporal) {
  if (!nontemporal) {
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; ++i)
      y[i] = x[i] * 1.0001f;
    return;
  }
  int64_t head = headElements(y, n);
  int64_t vectors = (n - head) / 16;
  for (int64_t i = 0; i < head; ++i)
    y[i] = x[i] * 1.0001f;
#pragma omp parallel for schedule(static)
  for (int64_t v = 0; v < vectors; ++v) {
    int64_t i = head + 16 * v;
    Vec16 xv;
    loadVec(xv, x + i);
    __builtin_nontemporal_store(xv * 1.0001f, reinterpret_cast<Vec16 *>(y + i));
  }
  for (int64_t i = head + 16 * vectors; i < n; ++i)
    y[i] = x[i] * 1.0001f;
}

// h = x + r, y = h * c: two reads, two writes per element. Streaming
// stores for both outputs when h and y are equally misaligned (the usual
// case), else for y only.
void ceiling_2r2w(const float *x, const float *r, float *h, float *y, int64_t n,
                  int nontemporal) {
  if (!nontemporal) {
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; ++i) {
      float s = x[i] + r[i];
      h[i] = s;
      y[i] = s * 1.0001f;
    }
    return;
  }
  int64_t head = headElements(y, n);
  int64_t vectors = (n - head) / 16;
  bool streamH = headElements(h, n) == head;
  auto scalar = [&](int64_t i) {
    h[i] = x[i] + r[i];
    y[i] = h[i] * 1.0001f;
  };
  for (int64_t i = 0; i < head; ++i)
    scalar(i);
#pragma omp parallel for schedule(static)
  for (int64_t v = 0; v < vectors; ++v) {
    int64_t i = head + 16 * v;
    Vec16 xv, rv;
    loadVec(xv, x + i);
    loadVec(rv, r + i);
    Vec16 sum = xv + rv;
    if (streamH)
      __builtin_nontemporal_store(sum, reinterpret_cast<Vec16 *>(h + i));
    else
      __builtin_memcpy(h + i, &sum, sizeof(sum));
    __builtin_nontemporal_store(sum * 1.0001f,
                                reinterpret_cast<Vec16 *>(y + i));
  }
  for (int64_t i = head + 16 * vectors; i < n; ++i)
    scalar(i);
}

// y = x * c + r: two reads, one write per element (the backward norms'
// mix: dy and x read, dx written).
void ceiling_2r1w(const float *x, const float *r, float *y, int64_t n,
                  int nontemporal) {
  if (!nontemporal) {
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; ++i)
      y[i] = x[i] * 1.0001f + r[i];
    return;
  }
  int64_t head = headElements(y, n);
  int64_t vectors = (n - head) / 16;
  for (int64_t i = 0; i < head; ++i)
    y[i] = x[i] * 1.0001f + r[i];
#pragma omp parallel for schedule(static)
  for (int64_t v = 0; v < vectors; ++v) {
    int64_t i = head + 16 * v;
    Vec16 xv, rv;
    loadVec(xv, x + i);
    loadVec(rv, r + i);
    __builtin_nontemporal_store(xv * 1.0001f + rv,
                                reinterpret_cast<Vec16 *>(y + i));
  }
  for (int64_t i = head + 16 * vectors; i < n; ++i)
    y[i] = x[i] * 1.0001f + r[i];
}

// The same mixes in row-sized bursts, the access pattern of norm's two-pass
// kernels without their arithmetic: per row (of n elements), a pass that
// reads the row's inputs (2r2w: x and r, streaming h = x + r) and sums
// them, then a pass that streams y from the cached row; each pass
// prefetches half of the next row's inputs (1r1w: the first half of x in
// the read pass, the second in the write pass; 2r2w: the first halves of x
// and r in the write pass). On some machines these bursts move data faster
// than the element-wise interleaving above, so the ceiling is the best of
// both.
static void prefetchLine(const float *p) { __builtin_prefetch(p, 0, 3); }

void ceiling_rows_1r1w(const float *x, float *y, int64_t rows, int64_t n) {
#pragma omp parallel for schedule(static)
  for (int64_t i = 0; i < rows; ++i) {
    const float *xr = x + i * n;
    const float *next = x + (i + 1 < rows ? i + 1 : i) * n;
    float *yr = y + i * n;
    Vec16 acc = {};
    int64_t j = 0;
    for (; j + 16 <= n; j += 16) {
      if (j % 32 == 0)
        prefetchLine(next + j / 2);
      Vec16 xv;
      loadVec(xv, xr + j);
      acc += xv;
    }
    float c = 1.0001f;
    for (; j < n; ++j)
      c += xr[j] * 1e-30f;
    for (int k = 0; k < 16; ++k)
      c += acc[k] * 1e-30f;
    int64_t head = headElements(yr, n);
    for (j = 0; j < head; ++j)
      yr[j] = xr[j] * c;
    for (int64_t v = 0; j + 16 <= n; j += 16, ++v) {
      if (v % 2 == 0)
        prefetchLine(next + n / 2 + j / 2);
      Vec16 xv;
      loadVec(xv, xr + j);
      __builtin_nontemporal_store(xv * c, reinterpret_cast<Vec16 *>(yr + j));
    }
    for (; j < n; ++j)
      yr[j] = xr[j] * c;
  }
}

void ceiling_rows_2r2w(const float *x, const float *r, float *h, float *y,
                       int64_t rows, int64_t n) {
#pragma omp parallel for schedule(static)
  for (int64_t i = 0; i < rows; ++i) {
    int64_t nextRow = i + 1 < rows ? i + 1 : i;
    const float *xr = x + i * n, *rr = r + i * n;
    const float *nextX = x + nextRow * n, *nextR = r + nextRow * n;
    float *hr = h + i * n, *yr = y + i * n;
    int64_t head = headElements(hr, n);
    bool streamH = headElements(yr, n) == head;
    Vec16 acc = {};
    float c = 1.0001f;
    int64_t j = 0;
    for (; j < head; ++j)
      hr[j] = xr[j] + rr[j];
    for (; j + 16 <= n; j += 16) {
      Vec16 xv, rv;
      loadVec(xv, xr + j);
      loadVec(rv, rr + j);
      Vec16 sum = xv + rv;
      acc += sum;
      if (streamH)
        __builtin_nontemporal_store(sum, reinterpret_cast<Vec16 *>(hr + j));
      else
        __builtin_memcpy(hr + j, &sum, sizeof(sum));
    }
    for (; j < n; ++j)
      hr[j] = xr[j] + rr[j];
    for (int k = 0; k < 16; ++k)
      c += acc[k] * 1e-30f;
    head = headElements(yr, n);
    for (j = 0; j < head; ++j)
      yr[j] = (xr[j] + rr[j]) * c;
    for (int64_t v = 0; j + 16 <= n; j += 16, ++v) {
      if (v % 2 == 0) {
        prefetchLine(nextX + j / 2);
        prefetchLine(nextR + j / 2);
      }
      Vec16 xv, rv;
      loadVec(xv, xr + j);
      loadVec(rv, rr + j);
      __builtin_nontemporal_store((xv + rv) * c,
                                  reinterpret_cast<Vec16 *>(yr + j));
    }
    for (; j < n; ++j)
      yr[j] = (xr[j] + rr[j]) * c;
  }
}

// The straightforward loops a user writes: per row, statistics, then y.
void cpp_rms_norm(const float *x, const float *g, float *y, int64_t rows,
                  int64_t n, float eps) {
#pragma omp parallel for schedule(static)
  for (int64_t i = 0; i < rows; ++i) {
    const float *xr = x + i * n;
    float *yr = y + i * n;
    float ss = 0.f;
    for (int64_t j = 0; j < n; ++j)
      ss += xr[j] * xr[j];
    float rstd = 1.f / std::sqrt(ss / n + eps);
    for (int64_t j = 0; j < n; ++j)
      yr[j] = xr[j] * rstd * g[j];
  }
}

void cpp_layer_norm(const float *x, const float *g, const float *b, float *y,
                    int64_t rows, int64_t n, float eps) {
#pragma omp parallel for schedule(static)
  for (int64_t i = 0; i < rows; ++i) {
    const float *xr = x + i * n;
    float *yr = y + i * n;
    float sum = 0.f;
    for (int64_t j = 0; j < n; ++j)
      sum += xr[j];
    float mean = sum / n;
    float var = 0.f;
    for (int64_t j = 0; j < n; ++j)
      var += (xr[j] - mean) * (xr[j] - mean);
    float rstd = 1.f / std::sqrt(var / n + eps);
    for (int64_t j = 0; j < n; ++j)
      yr[j] = (xr[j] - mean) * rstd * g[j] + b[j];
  }
}

void cpp_add_rms_norm(const float *x, const float *r, const float *g, float *h,
                      float *y, int64_t rows, int64_t n, float eps) {
#pragma omp parallel for schedule(static)
  for (int64_t i = 0; i < rows; ++i) {
    const float *xr = x + i * n, *rr = r + i * n;
    float *hr = h + i * n, *yr = y + i * n;
    float ss = 0.f;
    for (int64_t j = 0; j < n; ++j) {
      hr[j] = xr[j] + rr[j];
      ss += hr[j] * hr[j];
    }
    float rstd = 1.f / std::sqrt(ss / n + eps);
    for (int64_t j = 0; j < n; ++j)
      yr[j] = hr[j] * rstd * g[j];
  }
}

void cpp_add_layer_norm(const float *x, const float *r, const float *g,
                        const float *b, float *h, float *y, int64_t rows,
                        int64_t n, float eps) {
#pragma omp parallel for schedule(static)
  for (int64_t i = 0; i < rows; ++i) {
    const float *xr = x + i * n, *rr = r + i * n;
    float *hr = h + i * n, *yr = y + i * n;
    float sum = 0.f;
    for (int64_t j = 0; j < n; ++j) {
      hr[j] = xr[j] + rr[j];
      sum += hr[j];
    }
    float mean = sum / n;
    float var = 0.f;
    for (int64_t j = 0; j < n; ++j)
      var += (hr[j] - mean) * (hr[j] - mean);
    float rstd = 1.f / std::sqrt(var / n + eps);
    for (int64_t j = 0; j < n; ++j)
      yr[j] = (hr[j] - mean) * rstd * g[j] + b[j];
  }
}

// The backward a user writes by hand: per row, a pass for the row's two
// sums, then a pass writing dx and accumulating dγ (and dβ) into the
// thread's own partial rows, which are added up at the end (OpenMP over
// rows, then over columns). f32 arithmetic; bf16 data (uint16 bits) are
// widened on load and rounded to nearest even on store.
} // extern "C"

static inline float load(const float *p, int64_t i) { return p[i]; }
static inline float load(const uint16_t *p, int64_t i) {
  uint32_t bits = uint32_t(p[i]) << 16;
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}
static inline void store(float *p, int64_t i, float v) { p[i] = v; }
static inline void store(uint16_t *p, int64_t i, float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, sizeof(bits));
  p[i] = uint16_t((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16);
}

template <typename T, bool Layer>
static void normGrad(const T *dy, const T *x, const T *g, const float *mean,
                     const float *rstd, T *dx, T *dg, T *db, int64_t rows,
                     int64_t n) {
  int threads = omp_get_max_threads();
  int params = Layer ? 2 : 1;
  std::vector<float> partial(size_t(threads) * params * n);
#pragma omp parallel num_threads(threads)
  {
    float *pg = partial.data() + size_t(omp_get_thread_num()) * params * n;
    float *pb = pg + n;
#pragma omp for schedule(static)
    for (int64_t i = 0; i < rows; ++i) {
      const T *dyr = dy + i * n, *xr = x + i * n;
      T *dxr = dx + i * n;
      float m = Layer ? mean[i] : 0.f, r = rstd[i];
      float sumG = 0.f, sumGX = 0.f;
      for (int64_t j = 0; j < n; ++j) {
        float gj = load(dyr, j) * load(g, j);
        sumG += gj;
        sumGX += gj * (load(xr, j) - m) * r;
      }
      float a = Layer ? sumG / n : 0.f, b = sumGX / n;
      for (int64_t j = 0; j < n; ++j) {
        float d = load(dyr, j), xhat = (load(xr, j) - m) * r;
        store(dxr, j, r * (d * load(g, j) - a - xhat * b));
        pg[j] += d * xhat;
        if (Layer)
          pb[j] += d;
      }
    }
#pragma omp for schedule(static)
    for (int64_t j = 0; j < n; ++j) {
      float sg = 0.f, sb = 0.f;
      for (int t = 0; t < threads; ++t) {
        sg += partial[(size_t(t) * params) * n + j];
        if (Layer)
          sb += partial[(size_t(t) * params + 1) * n + j];
      }
      store(dg, j, sg);
      if (Layer)
        store(db, j, sb);
    }
  }
}

extern "C" {

void cpp_layer_norm_grad(const float *dy, const float *x, const float *g,
                         const float *mean, const float *rstd, float *dx,
                         float *dg, float *db, int64_t rows, int64_t n) {
  normGrad<float, true>(dy, x, g, mean, rstd, dx, dg, db, rows, n);
}

void cpp_rms_norm_grad(const float *dy, const float *x, const float *g,
                       const float *rstd, float *dx, float *dg, int64_t rows,
                       int64_t n) {
  normGrad<float, false>(dy, x, g, nullptr, rstd, dx, dg, nullptr, rows, n);
}

void cpp_layer_norm_grad_bf16(const uint16_t *dy, const uint16_t *x,
                              const uint16_t *g, const float *mean,
                              const float *rstd, uint16_t *dx, uint16_t *dg,
                              uint16_t *db, int64_t rows, int64_t n) {
  normGrad<uint16_t, true>(dy, x, g, mean, rstd, dx, dg, db, rows, n);
}

void cpp_rms_norm_grad_bf16(const uint16_t *dy, const uint16_t *x,
                            const uint16_t *g, const float *rstd, uint16_t *dx,
                            uint16_t *dg, int64_t rows, int64_t n) {
  normGrad<uint16_t, false>(dy, x, g, nullptr, rstd, dx, dg, nullptr, rows, n);
}

// Inference BatchNorm as a user writes it: per channel, a = g / sqrt(v +
// eps) and s = b - m * a, then y = x * a + s. NCHW: OpenMP over planes.
void cpp_batch_norm_nchw(const float *x, const float *g, const float *b,
                         const float *m, const float *v, float *y, int64_t n,
                         int64_t c, int64_t hw, float eps) {
#pragma omp parallel for schedule(static)
  for (int64_t p = 0; p < n * c; ++p) {
    int64_t ch = p % c;
    float a = g[ch] / std::sqrt(v[ch] + eps);
    float s = b[ch] - m[ch] * a;
    const float *xp = x + p * hw;
    float *yp = y + p * hw;
    for (int64_t i = 0; i < hw; ++i)
      yp[i] = xp[i] * a + s;
  }
}

// NHWC: the per-channel factors first, then OpenMP over positions.
// y = x * a + s per channel, from the mean and variance, over positions of
// c channels.
static void normalizeChannelsLast(const float *x, const float *g,
                                  const float *b, const float *m,
                                  const float *v, float *y, int64_t positions,
                                  int64_t c, float eps) {
  float *a = new float[c], *s = new float[c];
  for (int64_t ch = 0; ch < c; ++ch) {
    a[ch] = g[ch] / std::sqrt(v[ch] + eps);
    s[ch] = b[ch] - m[ch] * a[ch];
  }
#pragma omp parallel for schedule(static)
  for (int64_t p = 0; p < positions; ++p)
    for (int64_t ch = 0; ch < c; ++ch)
      y[p * c + ch] = x[p * c + ch] * a[ch] + s[ch];
  delete[] a;
  delete[] s;
}

void cpp_batch_norm_nhwc(const float *x, const float *g, const float *b,
                         const float *m, const float *v, float *y,
                         int64_t positions, int64_t c, float eps) {
  normalizeChannelsLast(x, g, b, m, v, y, positions, c, eps);
}

// Training BatchNorm (batch mean and biased variance, ONNX running updates
// in place), NCHW: per channel, in parallel over channels, the mean, the
// variance and y in three passes over the channel's planes.
void cpp_batch_norm_train_nchw(const float *x, const float *g, const float *b,
                               float *rm, float *rv, float *y, int64_t n,
                               int64_t c, int64_t hw, float eps,
                               float momentum) {
#pragma omp parallel for schedule(static)
  for (int64_t ch = 0; ch < c; ++ch) {
    float sum = 0.f;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < hw; ++j)
        sum += x[(i * c + ch) * hw + j];
    float mean = sum / (n * hw), sq = 0.f;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < hw; ++j) {
        float d = x[(i * c + ch) * hw + j] - mean;
        sq += d * d;
      }
    float var = sq / (n * hw);
    float a = g[ch] / std::sqrt(var + eps), s = b[ch] - mean * a;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < hw; ++j)
        y[(i * c + ch) * hw + j] = x[(i * c + ch) * hw + j] * a + s;
    rm[ch] = momentum * rm[ch] + (1.f - momentum) * mean;
    rv[ch] = momentum * rv[ch] + (1.f - momentum) * var;
  }
}

// The same, NHWC: per-thread column sums over the positions, merged, for
// the mean and then the variance; then y in parallel over positions.
void cpp_batch_norm_train_nhwc(const float *x, const float *g, const float *b,
                               float *rm, float *rv, float *y,
                               int64_t positions, int64_t c, float eps,
                               float momentum) {
  float *mean = new float[c](), *var = new float[c]();
  for (int pass = 0; pass < 2; ++pass) {
    float *total = pass ? var : mean;
#pragma omp parallel
    {
      float *part = new float[c]();
#pragma omp for schedule(static)
      for (int64_t p = 0; p < positions; ++p)
        for (int64_t ch = 0; ch < c; ++ch) {
          float v = x[p * c + ch];
          part[ch] += pass ? (v - mean[ch]) * (v - mean[ch]) : v;
        }
#pragma omp critical
      for (int64_t ch = 0; ch < c; ++ch)
        total[ch] += part[ch];
      delete[] part;
    }
    for (int64_t ch = 0; ch < c; ++ch)
      total[ch] /= positions;
  }
  normalizeChannelsLast(x, g, b, mean, var, y, positions, c, eps);
  for (int64_t ch = 0; ch < c; ++ch) {
    rm[ch] = momentum * rm[ch] + (1.f - momentum) * mean[ch];
    rv[ch] = momentum * rv[ch] + (1.f - momentum) * var[ch];
  }
  delete[] mean;
  delete[] var;
}

#ifdef NORM_BENCH_DNNL
// One CPU engine and stream for every call: a call then pays only for its
// primitive, which oneDNN's primitive cache returns after the first call
// with the same shape.
static dnnl::engine &cpuEngine() {
  static dnnl::engine eng(dnnl::engine::kind::cpu, 0);
  return eng;
}
static dnnl::stream &cpuStream() {
  static dnnl::stream strm(cpuEngine());
  return strm;
}

// Runs a oneDNN normalization primitive `reps` times on its six arguments;
// returns 0.
static int runNormalization(const dnnl::primitive &prim, dnnl::stream &strm,
                            const dnnl::memory &src, const dnnl::memory &dst,
                            const dnnl::memory &scale,
                            const dnnl::memory &shift, const dnnl::memory &mean,
                            const dnnl::memory &var, int reps) {
  for (int i = 0; i < reps; ++i)
    prim.execute(strm, {{DNNL_ARG_SRC, src},
                        {DNNL_ARG_DST, dst},
                        {DNNL_ARG_SCALE, scale},
                        {DNNL_ARG_SHIFT, shift},
                        {DNNL_ARG_MEAN, mean},
                        {DNNL_ARG_VARIANCE, var}});
  strm.wait();
  return 0;
}

// oneDNN layer normalization, f32, forward inference with scale and shift.
// `reps` runs of one primitive built once; returns 0 on success.
int dnnl_layer_norm(const float *x, const float *g, const float *b, float *y,
                    int64_t rows, int64_t n, float eps, int reps) {
  using namespace dnnl;
  engine &eng = cpuEngine();
  stream &strm = cpuStream();
  memory::desc data({rows, n}, memory::data_type::f32, memory::format_tag::ab);
  memory::desc param({n}, memory::data_type::f32, memory::format_tag::a);
  auto flags = normalization_flags::use_scale | normalization_flags::use_shift;
  layer_normalization_forward::primitive_desc pd(
      layer_normalization_forward::desc(prop_kind::forward_inference, data, eps,
                                        flags),
      eng);
  memory src(data, eng, const_cast<float *>(x)), dst(data, eng, y);
  memory scale(param, eng, const_cast<float *>(g)),
      shift(param, eng, const_cast<float *>(b));
  memory mean(pd.mean_desc(), eng), var(pd.variance_desc(), eng);
  return runNormalization(layer_normalization_forward(pd), strm, src, dst,
                          scale, shift, mean, var, reps);
}

// oneDNN layer normalization backward (prop_kind::backward: diff_src,
// diff_scale and diff_shift) from the forward's saved mean and variance
// (oneDNN takes the variance: the caller passes 1/rstd² − eps). f32 or
// bf16 data (src, diff_dst, diff_src); scale and the parameter gradients
// are f32 (oneDNN 2.x's layer normalization takes no other). oneDNN 2.6
// fails to execute the backward with use_shift unless it also has the
// shift (β, not read). The primitive
// is created on the first call for its shape, type and thread count (the
// caller sets libomp's and oneDNN's OpenMP runtime, libgomp, alike) and
// kept: later calls only execute it (with oneDNN's own scratchpad). Returns 0,
// or -1 where oneDNN has no implementation for the type on this CPU.
struct DnnlGrad {
  dnnl::layer_normalization_backward prim;
  dnnl::layer_normalization_backward::primitive_desc pd;
};

static DnnlGrad *dnnlGrad(int64_t rows, int64_t n, int bf16, float eps) {
  using namespace dnnl;
  static std::map<std::tuple<int64_t, int64_t, int, int>, DnnlGrad *> cache;
  auto key = std::make_tuple(rows, n, bf16, omp_get_max_threads());
  auto found = cache.find(key);
  if (found != cache.end())
    return found->second;
  engine &eng = cpuEngine();
  auto type = bf16 ? memory::data_type::bf16 : memory::data_type::f32;
  memory::desc data({rows, n}, type, memory::format_tag::ab);
  auto flags = normalization_flags::use_scale | normalization_flags::use_shift;
  DnnlGrad *grad = nullptr;
  try {
    layer_normalization_forward::primitive_desc hint(
        layer_normalization_forward::desc(prop_kind::forward_training, data,
                                          eps, flags),
        eng);
    layer_normalization_backward::primitive_desc pd(
        layer_normalization_backward::desc(prop_kind::backward, data, data, eps,
                                           flags),
        eng, hint);
    grad = new DnnlGrad{layer_normalization_backward(pd), pd};
  } catch (const dnnl::error &) {
  }
  cache[key] = grad;
  return grad;
}

int dnnl_layer_norm_grad(const void *dy, const void *x, const float *g,
                         const float *b, const float *mean, const float *var,
                         void *dx, float *dg, float *db, int64_t rows,
                         int64_t n, float eps, int bf16) {
  using namespace dnnl;
  DnnlGrad *grad = dnnlGrad(rows, n, bf16, eps);
  if (!grad)
    return -1;
  engine &eng = cpuEngine();
  stream &strm = cpuStream();
  const auto &pd = grad->pd;
  memory::desc param({n}, memory::data_type::f32, memory::format_tag::a);
  memory src(pd.src_desc(), eng, const_cast<void *>(x)),
      diffDst(pd.diff_dst_desc(), eng, const_cast<void *>(dy)),
      diffSrc(pd.diff_src_desc(), eng, dx),
      meanMem(pd.mean_desc(), eng, const_cast<float *>(mean)),
      varMem(pd.variance_desc(), eng, const_cast<float *>(var)),
      scale(param, eng, const_cast<float *>(g)),
      shift(param, eng, const_cast<float *>(b)), diffScale(param, eng, dg),
      diffShift(param, eng, db);
  std::unordered_map<int, memory> args = {{DNNL_ARG_SRC, src},
                                          {DNNL_ARG_DIFF_DST, diffDst},
                                          {DNNL_ARG_MEAN, meanMem},
                                          {DNNL_ARG_VARIANCE, varMem},
                                          {DNNL_ARG_SCALE, scale},
                                          {DNNL_ARG_SHIFT, shift},
                                          {DNNL_ARG_DIFF_SRC, diffSrc},
                                          {DNNL_ARG_DIFF_SCALE, diffScale},
                                          {DNNL_ARG_DIFF_SHIFT, diffShift}};
  grad->prim.execute(strm, args);
  strm.wait();
  return 0;
}

// The implementation oneDNN chose for the backward ("" where it has none).
const char *dnnl_layer_norm_grad_impl(int64_t rows, int64_t n, int bf16,
                                      float eps) {
  DnnlGrad *grad = dnnlGrad(rows, n, bf16, eps);
  return grad ? grad->pd.impl_info_str() : "";
}

// oneDNN batch normalization, f32, forward inference with the running
// statistics (use_global_stats), scale and shift; NCHW or NHWC.
int dnnl_batch_norm(const float *x, const float *g, const float *b,
                    const float *m, const float *v, float *y, int64_t n,
                    int64_t c, int64_t h, int64_t w, int nhwc, float eps,
                    int reps) {
  using namespace dnnl;
  engine &eng = cpuEngine();
  stream &strm = cpuStream();
  memory::desc data({n, c, h, w}, memory::data_type::f32,
                    nhwc ? memory::format_tag::nhwc : memory::format_tag::nchw);
  memory::desc param({c}, memory::data_type::f32, memory::format_tag::a);
  auto flags = normalization_flags::use_global_stats |
               normalization_flags::use_scale | normalization_flags::use_shift;
  batch_normalization_forward::primitive_desc pd(
      batch_normalization_forward::desc(prop_kind::forward_inference, data, eps,
                                        flags),
      eng);
  memory src(data, eng, const_cast<float *>(x)), dst(data, eng, y);
  memory scale(param, eng, const_cast<float *>(g)),
      shift(param, eng, const_cast<float *>(b)),
      mean(param, eng, const_cast<float *>(m)),
      var(param, eng, const_cast<float *>(v));
  return runNormalization(batch_normalization_forward(pd), strm, src, dst,
                          scale, shift, mean, var, reps);
}
#endif
}
