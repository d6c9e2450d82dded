/* Calls the entry points of size_mismatch.mlir with one operand of a wrong
 * size per case (and once with every size right), each case in a child
 * process. Every buffer is allocated with exactly the size its descriptor
 * claims, so under AddressSanitizer an access past any of them is reported.
 * A case passes when the child stops with the run-time check's message (or,
 * for the right sizes, returns) and AddressSanitizer reported nothing. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MEMREF(N)                                                              \
  typedef struct {                                                             \
    float *allocated, *aligned;                                                \
    int64_t offset, sizes[N], strides[N];                                      \
  } MemRef##N
MEMREF(1);
MEMREF(2);
MEMREF(3);

void _mlir_ciface_ln_stats(MemRef2 *, MemRef1 *, MemRef1 *, MemRef2 *,
                           MemRef2 *, MemRef2 *);
void _mlir_ciface_rms_stats(MemRef2 *, MemRef1 *, MemRef2 *, MemRef2 *);
void _mlir_ciface_ln_2d(MemRef3 *, MemRef2 *, MemRef2 *, MemRef3 *);
void _mlir_ciface_add_ln(MemRef2 *, MemRef2 *, MemRef1 *, MemRef2 *, MemRef2 *);
void _mlir_ciface_add_rms_bias(MemRef2 *, MemRef2 *, MemRef1 *, MemRef1 *,
                               MemRef2 *, MemRef2 *);
void _mlir_ciface_sandwich(MemRef2 *, MemRef2 *, MemRef1 *, MemRef1 *,
                           MemRef2 *, MemRef2 *);
void _mlir_ciface_bn_train(MemRef3 *, MemRef1 *, MemRef1 *, MemRef3 *,
                           MemRef1 *, MemRef1 *, MemRef1 *, MemRef1 *);

/* A buffer of exactly `count` floats, filled with ones. */
static float *buffer(int64_t count) {
  float *p = malloc(sizeof(float) * (count ? count : 1));
  for (int64_t i = 0; i < count; ++i)
    p[i] = 1.0f;
  return p;
}
static MemRef1 v(int64_t n) {
  float *p = buffer(n);
  MemRef1 m = {p, p, 0, {n}, {1}};
  return m;
}
static MemRef2 m(int64_t rows, int64_t cols) {
  float *p = buffer(rows * cols);
  MemRef2 d = {p, p, 0, {rows, cols}, {cols, 1}};
  return d;
}
static MemRef3 t(int64_t a, int64_t b, int64_t c) {
  float *p = buffer(a * b * c);
  MemRef3 d = {p, p, 0, {a, b, c}, {b * c, c, 1}};
  return d;
}

/* One case: which operand of which entry point gets which size. The
 * correct sizes are 4 rows of 8 (x: 2 x 4 x 8 for ln_2d; 2 x 3 x 5 for
 * bn_train), and `wrong` names the operand sized otherwise. */
struct Case {
  const char *entry, *wrong, *message;
};

static const struct Case cases[] = {
    {"ln_stats", "none", NULL},
    {"ln_stats", "y rows 3",
     "norm.layer_norm: y does not match the input at run time (dimension 0)"},
    {"ln_stats", "mean rows 3",
     "norm.layer_norm: mean does not match the input at run time (dimension "
     "0)"},
    {"ln_stats", "mean rows 5",
     "norm.layer_norm: mean does not match the input at run time (dimension "
     "0)"},
    {"ln_stats", "mean cols 2",
     "norm.layer_norm: mean does not match the input at run time (dimension "
     "1 is not 1)"},
    {"ln_stats", "rstd rows 3",
     "norm.layer_norm: rstd does not match the input at run time (dimension "
     "0)"},
    {"ln_stats", "scale 7",
     "norm.layer_norm: scale does not match the normalized shape at run "
     "time"},
    {"ln_stats", "bias 9",
     "norm.layer_norm: bias does not match the normalized shape at run time"},
    {"rms_stats", "none", NULL},
    {"rms_stats", "rstd rows 3",
     "norm.rms_norm: rstd does not match the input at run time (dimension "
     "0)"},
    {"rms_stats", "rstd rows 5",
     "norm.rms_norm: rstd does not match the input at run time (dimension "
     "0)"},
    {"ln_2d", "none", NULL},
    {"ln_2d", "scale 8x4",
     "norm.layer_norm: scale does not match the normalized shape at run time "
     "(dimension 1)"},
    {"ln_2d", "bias 4x7",
     "norm.layer_norm: bias does not match the normalized shape at run time "
     "(dimension 2)"},
    {"ln_2d", "y 2x8x4",
     "norm.layer_norm: y does not match the input at run time (dimension 1)"},
    {"add_ln", "none", NULL},
    {"add_ln", "residual rows 3",
     "norm.add_layer_norm: residual does not match the input at run time "
     "(dimension 0)"},
    {"add_ln", "y rows 5",
     "norm.add_layer_norm: y does not match the input at run time (dimension "
     "0)"},
    {"add_ln", "h rows 3",
     "norm.add_layer_norm: h does not match the input at run time (dimension "
     "0)"},
    {"add_rms_bias", "none", NULL},
    {"add_rms_bias", "add_bias 7",
     "norm.add_rms_norm: add_bias does not match the normalized shape at run "
     "time"},
    {"sandwich", "none", NULL},
    {"sandwich", "inner_scale 7",
     "norm.sandwich_norm: inner_scale does not match the normalized shape at "
     "run time"},
    {"sandwich", "h rows 3",
     "norm.sandwich_norm: h does not match the input at run time (dimension "
     "0)"},
    {"bn_train", "none", NULL},
    {"bn_train", "batch_mean 2",
     "norm.batch_norm: batch_mean does not match the channel size"},
    {"bn_train", "new running_var 4",
     "norm.batch_norm: new running_var does not match the channel size"},
    {"bn_train", "y 2x3x4",
     "norm.batch_norm: y does not match the input at run time (dimension 2)"},
};

static int is(const char *wrong, const char *name) {
  return strcmp(wrong, name) == 0;
}

/* Runs one case in this (child) process. */
static void run(const struct Case *c) {
  const char *w = c->wrong;
  if (is(c->entry, "ln_stats") || is(c->entry, "rms_stats")) {
    MemRef2 x = m(4, 8), y = m(is(w, "y rows 3") ? 3 : 4, 8);
    MemRef2 mean = is(w, "mean rows 3")   ? m(3, 1)
                   : is(w, "mean rows 5") ? m(5, 1)
                   : is(w, "mean cols 2") ? m(4, 2)
                                          : m(4, 1);
    MemRef2 rstd = is(w, "rstd rows 3")   ? m(3, 1)
                   : is(w, "rstd rows 5") ? m(5, 1)
                                          : m(4, 1);
    MemRef1 g = v(is(w, "scale 7") ? 7 : 8), b = v(is(w, "bias 9") ? 9 : 8);
    if (is(c->entry, "ln_stats"))
      _mlir_ciface_ln_stats(&x, &g, &b, &y, &mean, &rstd);
    else
      _mlir_ciface_rms_stats(&x, &g, &y, &rstd);
  } else if (is(c->entry, "ln_2d")) {
    MemRef3 x = t(2, 4, 8), y = is(w, "y 2x8x4") ? t(2, 8, 4) : t(2, 4, 8);
    MemRef2 g = is(w, "scale 8x4") ? m(8, 4) : m(4, 8);
    MemRef2 b = is(w, "bias 4x7") ? m(4, 7) : m(4, 8);
    _mlir_ciface_ln_2d(&x, &g, &b, &y);
  } else if (is(c->entry, "bn_train")) {
    MemRef3 x = t(2, 3, 5), y = is(w, "y 2x3x4") ? t(2, 3, 4) : t(2, 3, 5);
    MemRef1 rm = v(3), rv = v(3);
    MemRef1 s0 = v(is(w, "batch_mean 2") ? 2 : 3), s1 = v(3), s2 = v(3),
            s3 = v(is(w, "new running_var 4") ? 4 : 3);
    _mlir_ciface_bn_train(&x, &rm, &rv, &y, &s0, &s1, &s2, &s3);
  } else {
    MemRef2 x = m(4, 8), r = m(is(w, "residual rows 3") ? 3 : 4, 8);
    MemRef2 y = m(is(w, "y rows 5") ? 5 : 4, 8);
    MemRef2 h = m(is(w, "h rows 3") ? 3 : 4, 8);
    MemRef1 g = v(8), ab = v(is(w, "add_bias 7") ? 7 : 8);
    MemRef1 gi = v(is(w, "inner_scale 7") ? 7 : 8);
    if (is(c->entry, "add_ln"))
      _mlir_ciface_add_ln(&x, &r, &g, &y, &h);
    else if (is(c->entry, "add_rms_bias"))
      _mlir_ciface_add_rms_bias(&x, &r, &ab, &g, &y, &h);
    else
      _mlir_ciface_sandwich(&x, &r, &gi, &g, &y, &h);
  }
  printf("returned normally\n");
}

int main(void) {
  int count = sizeof(cases) / sizeof(cases[0]), failed = 0;
  for (int i = 0; i < count; ++i) {
    const struct Case *c = &cases[i];
    int out[2];
    if (pipe(out) != 0)
      return 2;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
      dup2(out[1], 1);
      dup2(out[1], 2);
      close(out[0]);
      run(c);
      fflush(stdout);
      _exit(0);
    }
    close(out[1]);
    char text[16384];
    size_t length = 0;
    ssize_t got;
    while ((got = read(out[0], text + length, sizeof(text) - 1 - length)) > 0)
      length += (size_t)got;
    text[length] = '\0';
    close(out[0]);
    int status;
    waitpid(pid, &status, 0);
    int returned = WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
                   strstr(text, "returned normally");
    int ok =
        !strstr(text, "AddressSanitizer") &&
        (c->message ? !returned && strstr(text, c->message) != NULL : returned);
    printf("%s %s with %s\n", ok ? "ok  " : "FAIL", c->entry, c->wrong);
    if (!ok)
      printf("  output: %s\n", text);
    failed += !ok;
  }
  printf("%d cases, %d failed\n", count, failed);
  return failed != 0;
}
