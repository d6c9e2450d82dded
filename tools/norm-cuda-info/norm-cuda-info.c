/*===- norm-cuda-info.c - Report the CUDA device the runtime sees ---------===*\
|*                                                                            *|
|* Prints the device libnorm_cuda_runtime would run compiled code on, or why *|
|* there is none. Exits 0 with a device, 1 without (the lit suite uses it to *|
|* enable the GPU execution tests).                                           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "norm-c/CudaRuntime.h"

#include <stdio.h>

int main(void) {
  if (normCudaRuntimeInit() != 0) {
    printf("%s\n", normCudaRuntimeError());
    return 1;
  }
  printf("CUDA devices: %d\ndevice: %s\n", normCudaDeviceCount(),
         normCudaDeviceName());
  return 0;
}
