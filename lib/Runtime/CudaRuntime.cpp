//===- CudaRuntime.cpp - mgpu* functions on the CUDA driver API -----------===//
//
// The host-side functions that MLIR's GPU-to-LLVM lowering calls, on the CUDA
// driver API loaded with dlopen: no CUDA header or library is needed to build
// or link, and a machine without a driver gets a clear error instead of a
// loader failure. Types and constants below are the driver's ABI.
//
// Streams the code creates come from a pool (creating one per call would
// dominate short kernels); normCudaUseStream substitutes a caller's stream.
// Device allocations are stream-ordered (cuMemAllocAsync / cuMemFreeAsync).
//
//===----------------------------------------------------------------------===//

#include "norm-c/CudaRuntime.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <mutex>
#include <string>
#include <vector>

#define NORM_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

using CUresult = int;
using CUdevice = int;
using CUdeviceptr = unsigned long long;
using CUcontext = struct CUctx_st *;
using CUmodule = struct CUmod_st *;
using CUfunction = struct CUfunc_st *;
using CUstream = struct CUstream_st *;
using CUevent = struct CUevent_st *;

constexpr CUresult kSuccess = 0;
constexpr CUresult kDeinitialized = 4; // CUDA_ERROR_DEINITIALIZED
constexpr unsigned kStreamDefault = 0;
constexpr unsigned kEventDisableTiming = 2;
constexpr int kJitErrorLogBuffer = 5;
constexpr int kJitErrorLogBufferSize = 6;
constexpr int kJitOptimizationLevel = 7;

/// The driver entry points, resolved once.
struct Driver {
  CUresult (*init)(unsigned);
  CUresult (*deviceGetCount)(int *);
  CUresult (*deviceGet)(CUdevice *, int);
  CUresult (*deviceGetName)(char *, int, CUdevice);
  CUresult (*primaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*ctxSetCurrent)(CUcontext);
  CUresult (*getErrorString)(CUresult, const char **);
  CUresult (*moduleLoadDataEx)(CUmodule *, const void *, unsigned, int *,
                               void **);
  CUresult (*moduleUnload)(CUmodule);
  CUresult (*moduleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*launchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned,
                           unsigned, unsigned, unsigned, CUstream, void **,
                           void **);
  CUresult (*streamCreate)(CUstream *, unsigned);
  CUresult (*streamDestroy)(CUstream);
  CUresult (*streamSynchronize)(CUstream);
  CUresult (*streamWaitEvent)(CUstream, CUevent, unsigned);
  CUresult (*eventCreate)(CUevent *, unsigned);
  CUresult (*eventDestroy)(CUevent);
  CUresult (*eventRecord)(CUevent, CUstream);
  CUresult (*eventSynchronize)(CUevent);
  CUresult (*memAllocAsync)(CUdeviceptr *, size_t, CUstream);
  CUresult (*memFreeAsync)(CUdeviceptr, CUstream);
  CUresult (*memcpyAsync)(CUdeviceptr, CUdeviceptr, size_t, CUstream);
  CUresult (*memsetD32Async)(CUdeviceptr, unsigned, size_t, CUstream);
  CUresult (*memsetD16Async)(CUdeviceptr, unsigned short, size_t, CUstream);
};

struct Runtime {
  std::mutex mutex;
  bool initialized = false;
  bool available = false;
  Driver driver{};
  CUcontext context = nullptr;
  int deviceOrdinal = 0;
  int deviceCount = 0;
  char deviceName[256] = "";
  std::string error;
  std::vector<CUstream> streamPool;
  CUstream userStream = nullptr;
  bool userSynchronize = true;
};

Runtime &runtime() {
  static Runtime *instance = new Runtime();
  return *instance;
}

void setError(const std::string &message, bool print) {
  Runtime &rt = runtime();
  if (print)
    std::fprintf(stderr, "norm-cuda-runtime: %s\n", message.c_str());
  if (rt.error.empty())
    rt.error = message;
}

template <typename Fn> bool resolve(void *library, const char *name, Fn &fn) {
  fn = reinterpret_cast<Fn>(dlsym(library, name));
  if (fn)
    return true;
  setError(std::string("no CUDA device: the driver lacks ") + name, false);
  return false;
}

bool loadDriver(Driver &d) {
  void *library = dlopen("libcuda.so.1", RTLD_NOW | RTLD_GLOBAL);
  if (!library) {
    const char *why = dlerror();
    setError(std::string("no CUDA device: ") + (why ? why : "no libcuda.so.1"),
             false);
    return false;
  }
  return resolve(library, "cuInit", d.init) &&
         resolve(library, "cuDeviceGetCount", d.deviceGetCount) &&
         resolve(library, "cuDeviceGet", d.deviceGet) &&
         resolve(library, "cuDeviceGetName", d.deviceGetName) &&
         resolve(library, "cuDevicePrimaryCtxRetain", d.primaryCtxRetain) &&
         resolve(library, "cuCtxSetCurrent", d.ctxSetCurrent) &&
         resolve(library, "cuGetErrorString", d.getErrorString) &&
         resolve(library, "cuModuleLoadDataEx", d.moduleLoadDataEx) &&
         resolve(library, "cuModuleUnload", d.moduleUnload) &&
         resolve(library, "cuModuleGetFunction", d.moduleGetFunction) &&
         resolve(library, "cuLaunchKernel", d.launchKernel) &&
         resolve(library, "cuStreamCreate", d.streamCreate) &&
         resolve(library, "cuStreamDestroy_v2", d.streamDestroy) &&
         resolve(library, "cuStreamSynchronize", d.streamSynchronize) &&
         resolve(library, "cuStreamWaitEvent", d.streamWaitEvent) &&
         resolve(library, "cuEventCreate", d.eventCreate) &&
         resolve(library, "cuEventDestroy_v2", d.eventDestroy) &&
         resolve(library, "cuEventRecord", d.eventRecord) &&
         resolve(library, "cuEventSynchronize", d.eventSynchronize) &&
         resolve(library, "cuMemAllocAsync", d.memAllocAsync) &&
         resolve(library, "cuMemFreeAsync", d.memFreeAsync) &&
         resolve(library, "cuMemcpyAsync", d.memcpyAsync) &&
         resolve(library, "cuMemsetD32Async", d.memsetD32Async) &&
         resolve(library, "cuMemsetD16Async", d.memsetD16Async);
}

/// Reports a failed driver call; returns whether it succeeded.
bool check(CUresult result, const char *call) {
  if (result == kSuccess)
    return true;
  const char *name = nullptr;
  runtime().driver.getErrorString(result, &name);
  setError(std::string(call) + " failed: " + (name ? name : "unknown error") +
               " (CUresult " + std::to_string(result) + ")",
           true);
  return false;
}

/// Initializes once and makes the context current on the calling thread.
bool ready() {
  Runtime &rt = runtime();
  {
    std::lock_guard<std::mutex> lock(rt.mutex);
    if (!rt.initialized) {
      rt.initialized = true;
      Driver &d = rt.driver;
      if (loadDriver(d)) {
        CUresult status = d.init(0);
        if (status != kSuccess ||
            d.deviceGetCount(&rt.deviceCount) != kSuccess ||
            rt.deviceCount == 0) {
          rt.deviceCount = 0;
          setError("no CUDA device: cuInit found none (CUresult " +
                       std::to_string(status) + ")",
                   false);
        } else if (const char *ordinal = std::getenv("NORM_CUDA_DEVICE")) {
          rt.deviceOrdinal = std::atoi(ordinal);
        }
        CUdevice device = 0;
        if (rt.deviceCount > 0 &&
            check(d.deviceGet(&device, rt.deviceOrdinal), "cuDeviceGet") &&
            check(d.primaryCtxRetain(&rt.context, device),
                  "cuDevicePrimaryCtxRetain")) {
          d.deviceGetName(rt.deviceName, sizeof(rt.deviceName), device);
          rt.available = true;
        }
      }
    }
  }
  if (!rt.available)
    return false;
  thread_local CUcontext current = nullptr;
  if (current != rt.context) {
    if (!check(rt.driver.ctxSetCurrent(rt.context), "cuCtxSetCurrent"))
      return false;
    current = rt.context;
  }
  return true;
}

/// For calls made by compiled code: a missing device is an error to print.
bool readyForCall() {
  if (ready())
    return true;
  Runtime &rt = runtime();
  static std::once_flag reported;
  std::call_once(reported, [&] {
    std::fprintf(stderr, "norm-cuda-runtime: %s\n", rt.error.c_str());
  });
  return false;
}

Driver &driver() { return runtime().driver; }

} // namespace

//===----------------------------------------------------------------------===//
// The norm runtime API.
//===----------------------------------------------------------------------===//

NORM_EXPORT int normCudaRuntimeInit(void) { return ready() ? 0 : 1; }

NORM_EXPORT const char *normCudaRuntimeError(void) {
  return runtime().error.c_str();
}

NORM_EXPORT void normCudaRuntimeClearError(void) { runtime().error.clear(); }

NORM_EXPORT int normCudaDeviceCount(void) {
  ready();
  return runtime().deviceCount;
}

NORM_EXPORT const char *normCudaDeviceName(void) {
  ready();
  return runtime().deviceName;
}

NORM_EXPORT void normCudaUseStream(void *stream, int synchronize) {
  Runtime &rt = runtime();
  std::lock_guard<std::mutex> lock(rt.mutex);
  rt.userStream = static_cast<CUstream>(stream);
  rt.userSynchronize = stream == nullptr || synchronize != 0;
}

//===----------------------------------------------------------------------===//
// The functions MLIR's GPU-to-LLVM lowering calls.
//===----------------------------------------------------------------------===//

NORM_EXPORT CUmodule mgpuModuleLoad(void *data, size_t /*size*/) {
  if (!ready()) // At program load: the first real call reports it.
    return nullptr;
  CUmodule module = nullptr;
  char log[4096] = "";
  int options[] = {kJitErrorLogBuffer, kJitErrorLogBufferSize};
  void *values[] = {log, reinterpret_cast<void *>(sizeof(log))};
  if (!check(driver().moduleLoadDataEx(&module, data, 2, options, values),
             "cuModuleLoadDataEx") &&
      log[0])
    std::fprintf(stderr, "norm-cuda-runtime: %s\n", log);
  return module;
}

NORM_EXPORT CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  if (!ready())
    return nullptr;
  CUmodule module = nullptr;
  char log[4096] = "";
  int options[] = {kJitErrorLogBuffer, kJitErrorLogBufferSize,
                   kJitOptimizationLevel};
  void *values[] = {log, reinterpret_cast<void *>(sizeof(log)),
                    reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  if (!check(driver().moduleLoadDataEx(&module, data, 3, options, values),
             "cuModuleLoadDataEx (PTX JIT)") &&
      log[0])
    std::fprintf(stderr, "norm-cuda-runtime: %s\n", log);
  return module;
}

NORM_EXPORT void mgpuModuleUnload(CUmodule module) {
  if (!module || !ready())
    return;
  // The module destructors that gpu-to-llvm emits run at exit, possibly
  // after the driver has shut down and released every module with its
  // contexts: nothing is left to unload then.
  CUresult result = driver().moduleUnload(module);
  if (result != kDeinitialized)
    check(result, "cuModuleUnload");
}

NORM_EXPORT CUfunction mgpuModuleGetFunction(CUmodule module,
                                             const char *name) {
  if (!readyForCall() || !module)
    return nullptr;
  CUfunction function = nullptr;
  check(driver().moduleGetFunction(&function, module, name),
        "cuModuleGetFunction");
  return function;
}

NORM_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                  intptr_t gridY, intptr_t gridZ,
                                  intptr_t blockX, intptr_t blockY,
                                  intptr_t blockZ, int32_t sharedMemoryBytes,
                                  CUstream stream, void **params, void **extra,
                                  size_t /*paramsCount*/) {
  if (!readyForCall())
    return;
  if (!function) {
    setError("kernel launch skipped: its module or function did not load",
             true);
    return;
  }
  // A loop over an empty tensor launches a grid of no blocks: nothing to
  // do (the driver would reject the launch as invalid).
  if (gridX == 0 || gridY == 0 || gridZ == 0)
    return;
  check(driver().launchKernel(function, gridX, gridY, gridZ, blockX, blockY,
                              blockZ, sharedMemoryBytes, stream, params, extra),
        "cuLaunchKernel");
}

NORM_EXPORT CUstream mgpuStreamCreate() {
  if (!readyForCall())
    return nullptr;
  Runtime &rt = runtime();
  std::lock_guard<std::mutex> lock(rt.mutex);
  if (rt.userStream)
    return rt.userStream;
  if (!rt.streamPool.empty()) {
    CUstream stream = rt.streamPool.back();
    rt.streamPool.pop_back();
    return stream;
  }
  CUstream stream = nullptr;
  check(rt.driver.streamCreate(&stream, kStreamDefault), "cuStreamCreate");
  return stream;
}

NORM_EXPORT void mgpuStreamDestroy(CUstream stream) {
  Runtime &rt = runtime();
  if (!stream || !rt.available)
    return;
  std::lock_guard<std::mutex> lock(rt.mutex);
  if (stream != rt.userStream)
    rt.streamPool.push_back(stream);
}

NORM_EXPORT void mgpuStreamSynchronize(CUstream stream) {
  if (!readyForCall())
    return;
  Runtime &rt = runtime();
  if (stream == rt.userStream && !rt.userSynchronize)
    return;
  check(driver().streamSynchronize(stream), "cuStreamSynchronize");
}

NORM_EXPORT void mgpuStreamWaitEvent(CUstream stream, CUevent event) {
  if (readyForCall())
    check(driver().streamWaitEvent(stream, event, 0), "cuStreamWaitEvent");
}

NORM_EXPORT CUevent mgpuEventCreate() {
  CUevent event = nullptr;
  if (readyForCall())
    check(driver().eventCreate(&event, kEventDisableTiming), "cuEventCreate");
  return event;
}

NORM_EXPORT void mgpuEventDestroy(CUevent event) {
  if (event && readyForCall())
    check(driver().eventDestroy(event), "cuEventDestroy");
}

NORM_EXPORT void mgpuEventSynchronize(CUevent event) {
  if (readyForCall())
    check(driver().eventSynchronize(event), "cuEventSynchronize");
}

NORM_EXPORT void mgpuEventRecord(CUevent event, CUstream stream) {
  if (readyForCall())
    check(driver().eventRecord(event, stream), "cuEventRecord");
}

NORM_EXPORT void *mgpuMemAlloc(uint64_t bytes, CUstream stream,
                               bool isHostShared) {
  if (!readyForCall())
    return nullptr;
  if (isHostShared) {
    setError("host-shared (managed) allocations are not supported", true);
    return nullptr;
  }
  CUdeviceptr pointer = 0;
  if (bytes > 0)
    check(driver().memAllocAsync(&pointer, bytes, stream), "cuMemAllocAsync");
  return reinterpret_cast<void *>(pointer);
}

NORM_EXPORT void mgpuMemFree(void *pointer, CUstream stream) {
  if (pointer && readyForCall())
    check(driver().memFreeAsync(reinterpret_cast<CUdeviceptr>(pointer), stream),
          "cuMemFreeAsync");
}

NORM_EXPORT void mgpuMemcpy(void *destination, void *source, size_t bytes,
                            CUstream stream) {
  if (bytes && readyForCall())
    check(driver().memcpyAsync(reinterpret_cast<CUdeviceptr>(destination),
                               reinterpret_cast<CUdeviceptr>(source), bytes,
                               stream),
          "cuMemcpyAsync");
}

NORM_EXPORT void mgpuMemset32(void *destination, unsigned value, size_t count,
                              CUstream stream) {
  if (count && readyForCall())
    check(driver().memsetD32Async(reinterpret_cast<CUdeviceptr>(destination),
                                  value, count, stream),
          "cuMemsetD32Async");
}

NORM_EXPORT void mgpuMemset16(void *destination, unsigned short value,
                              size_t count, CUstream stream) {
  if (count && readyForCall())
    check(driver().memsetD16Async(reinterpret_cast<CUdeviceptr>(destination),
                                  value, count, stream),
          "cuMemsetD16Async");
}

NORM_EXPORT void mgpuSetDefaultDevice(int32_t ordinal) {
  Runtime &rt = runtime();
  std::lock_guard<std::mutex> lock(rt.mutex);
  if (!rt.initialized)
    rt.deviceOrdinal = ordinal;
}
