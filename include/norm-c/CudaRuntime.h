/*===- norm-c/CudaRuntime.h - The GPU runtime of compiled norm code -*- C
-*-===*\
|*                                                                            *|
|* Host code from --norm-gpu-pipeline calls the mgpu* functions that MLIR's   *|
|* GPU-to-LLVM lowering emits (module load, kernel launch, streams, events,   *|
|* device allocation, copies). libnorm_cuda_runtime implements them on the    *|
|* CUDA driver API, which it loads at run time (libcuda.so.1): programs link  *|
|* and load where no CUDA is installed, and report it when called.            *|
|*                                                                            *|
|* The functions below let a host program check for a device first and run    *|
|* compiled code on a stream of its own (e.g. PyTorch's current stream).      *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NORM_C_CUDARUNTIME_H
#define NORM_C_CUDARUNTIME_H

#ifdef __cplusplus
extern "C" {
#endif

/// Loads the driver and makes device 0's primary context (the one CUDA
/// runtime users such as PyTorch share) current. Returns 0 on success,
/// nonzero when there is no usable CUDA device; normCudaRuntimeError() then
/// says why. Every mgpu* function calls it first.
int normCudaRuntimeInit(void);

/// The last error of the runtime ("" if none), e.g. "no CUDA device:
/// libcuda.so.1: cannot open shared object file".
const char *normCudaRuntimeError(void);

/// Clears the last error.
void normCudaRuntimeClearError(void);

/// The number of CUDA devices (0 without a driver).
int normCudaDeviceCount(void);

/// The name of the current device, or "" without one.
const char *normCudaDeviceName(void);

/// Runs compiled code on `stream` (a CUstream; NULL restores the default):
/// every stream the code asks for is this one, and when `synchronize` is 0
/// compiled functions return without waiting for their kernels, like
/// asynchronous library calls. Temporaries are allocated and freed in
/// stream order.
void normCudaUseStream(void *stream, int synchronize);

#ifdef __cplusplus
}
#endif

#endif /* NORM_C_CUDARUNTIME_H */
