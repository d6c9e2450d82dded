/*===- fake_cuda.c - A CUDA driver stand-in for testing without a GPU -----===*\
|*                                                                            *|
|* Built as libcuda.so.1 for the test suite only. It implements the driver    *|
|* entry points libnorm_cuda_runtime resolves, on host memory, and logs the   *|
|* calls that matter to stderr (module loads, kernel lookups, launches with   *|
|* their grid and block, allocations), so lit tests can check what compiled   *|
|* host code asks of the driver. Kernels are not executed.                    *|
|*                                                                            *|
|* FAKE_CUDA_DEVICES=0 makes cuInit report no device; FAKE_CUDA_BAD_MODULE=1  *|
|* makes every module load fail; FAKE_CUDA_UNLOAD_RESULT=N makes module       *|
|* unloads return N (4, CUDA_ERROR_DEINITIALIZED, is what a real driver       *|
|* answers to the module destructors that run after it has shut down).        *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;

enum { kSuccess = 0, kInvalidValue = 1, kNoDevice = 100, kNotFound = 500 };

static int streams = 0;

CUresult cuInit(unsigned flags) {
  (void)flags;
  const char *devices = getenv("FAKE_CUDA_DEVICES");
  return devices && atoi(devices) == 0 ? kNoDevice : kSuccess;
}
CUresult cuDeviceGetCount(int *count) {
  *count = 1;
  return kSuccess;
}
CUresult cuDeviceGet(int *device, int ordinal) {
  *device = ordinal;
  return ordinal == 0 ? kSuccess : kInvalidValue;
}
CUresult cuDeviceGetName(char *name, int length, int device) {
  (void)device;
  snprintf(name, (size_t)length, "fake CUDA device");
  return kSuccess;
}
CUresult cuDevicePrimaryCtxRetain(void **context, int device) {
  (void)device;
  static int primary;
  *context = &primary;
  return kSuccess;
}
CUresult cuCtxSetCurrent(void *context) {
  (void)context;
  return kSuccess;
}
CUresult cuGetErrorString(CUresult result, const char **name) {
  *name = result == kNotFound ? "CUDA_ERROR_NOT_FOUND" : "fake error";
  return kSuccess;
}

/* A module remembers whether it was PTX or a cubin. */
struct Module {
  int ptx;
};
struct Function {
  char name[128];
};

CUresult cuModuleLoadDataEx(void **module, const void *image, unsigned count,
                            int *options, void **values) {
  (void)count;
  (void)options;
  (void)values;
  if (getenv("FAKE_CUDA_BAD_MODULE"))
    return kInvalidValue;
  const char *bytes = (const char *)image;
  int ptx = strstr(bytes, ".version") != NULL && bytes[0] != 0x7f;
  int elf = memcmp(bytes,
                   "\x7f"
                   "ELF",
                   4) == 0;
  if (!ptx && !elf)
    return kInvalidValue;
  struct Module *m = malloc(sizeof(*m));
  m->ptx = ptx;
  *module = m;
  fprintf(stderr, "fake-cuda: load %s module\n", ptx ? "PTX" : "cubin");
  return kSuccess;
}
CUresult cuModuleUnload(void *module) {
  free(module);
  const char *result = getenv("FAKE_CUDA_UNLOAD_RESULT");
  return result ? atoi(result) : kSuccess;
}
CUresult cuModuleGetFunction(void **function, void *module, const char *name) {
  (void)module;
  struct Function *f = malloc(sizeof(*f));
  snprintf(f->name, sizeof(f->name), "%s", name);
  *function = f;
  return kSuccess;
}
CUresult cuLaunchKernel(void *function, unsigned gx, unsigned gy, unsigned gz,
                        unsigned bx, unsigned by, unsigned bz, unsigned smem,
                        void *stream, void **params, void **extra) {
  (void)stream;
  (void)params;
  (void)extra;
  if (gx == 0 || gy == 0 || gz == 0 || bx * by * bz > 1024)
    return kInvalidValue;
  fprintf(stderr,
          "fake-cuda: launch %s grid (%u, %u, %u) block (%u, %u, %u) "
          "shared %u\n",
          ((struct Function *)function)->name, gx, gy, gz, bx, by, bz, smem);
  return kSuccess;
}
CUresult cuStreamCreate(void **stream, unsigned flags) {
  (void)flags;
  *stream = malloc(1);
  fprintf(stderr, "fake-cuda: stream %d created\n", ++streams);
  return kSuccess;
}
CUresult cuStreamDestroy_v2(void *stream) {
  free(stream);
  return kSuccess;
}
CUresult cuStreamSynchronize(void *stream) {
  (void)stream;
  return kSuccess;
}
CUresult cuStreamWaitEvent(void *stream, void *event, unsigned flags) {
  (void)stream;
  (void)event;
  (void)flags;
  return kSuccess;
}
CUresult cuEventCreate(void **event, unsigned flags) {
  (void)flags;
  *event = malloc(1);
  return kSuccess;
}
CUresult cuEventDestroy_v2(void *event) {
  free(event);
  return kSuccess;
}
CUresult cuEventRecord(void *event, void *stream) {
  (void)event;
  (void)stream;
  return kSuccess;
}
CUresult cuEventSynchronize(void *event) {
  (void)event;
  return kSuccess;
}
CUresult cuMemAllocAsync(CUdeviceptr *pointer, size_t bytes, void *stream) {
  (void)stream;
  *pointer = (CUdeviceptr)(uintptr_t)malloc(bytes);
  fprintf(stderr, "fake-cuda: alloc %zu bytes\n", bytes);
  return kSuccess;
}
CUresult cuMemFreeAsync(CUdeviceptr pointer, void *stream) {
  (void)stream;
  free((void *)(uintptr_t)pointer);
  fprintf(stderr, "fake-cuda: free\n");
  return kSuccess;
}
CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t bytes,
                       void *stream) {
  (void)stream;
  memcpy((void *)(uintptr_t)dst, (void *)(uintptr_t)src, bytes);
  fprintf(stderr, "fake-cuda: copy %zu bytes\n", bytes);
  return kSuccess;
}
CUresult cuMemsetD32Async(CUdeviceptr dst, unsigned value, size_t count,
                          void *stream) {
  (void)stream;
  for (size_t i = 0; i < count; ++i)
    ((unsigned *)(uintptr_t)dst)[i] = value;
  return kSuccess;
}
CUresult cuMemsetD16Async(CUdeviceptr dst, unsigned short value, size_t count,
                          void *stream) {
  (void)stream;
  for (size_t i = 0; i < count; ++i)
    ((unsigned short *)(uintptr_t)dst)[i] = value;
  return kSuccess;
}
