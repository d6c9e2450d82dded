//===- KernelShape.cpp - How a GPU row kernel maps rows onto threads ------===//
//
// Chooses the layout of a row-norm kernel: short rows take one warp each,
// several rows per thread block; long rows take a whole block. A thread
// keeps its share of the row in registers when the row length is static
// and the share is at most `maxRegisterValues` values; otherwise the row is
// streamed. `--debug-only=convert-norm-to-gpu` (in builds with assertions)
// says which layout each kernel got and why.
//
//===----------------------------------------------------------------------===//

#include "KernelShape.h"

#include "llvm/ADT/bit.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

#define DEBUG_TYPE "convert-norm-to-gpu"

using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

KernelShape
mlir::norm::gpu_lowering::chooseKernelShape(std::optional<int64_t> length,
                                            int64_t lanes,
                                            const NormToGPUOptions &options) {
  KernelShape shape;
  shape.lanes = lanes;
  shape.chunksPerThread = std::max<int64_t>(1, options.chunksPerThread);
  shape.maxThreads = std::clamp<int64_t>(
      static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(
          std::max<int64_t>(1, options.maxBlockThreads)))),
      64, kMaxThreads);
  if (!length) {
    LLVM_DEBUG(llvm::dbgs()
               << DEBUG_TYPE ": " << lanes
               << "-lane kernel, row length known at run time: block per "
                  "row, streamed; threads chosen at run time for about "
               << shape.chunksPerThread << " chunks each, at most "
               << shape.maxThreads << "\n");
    return shape;
  }
  int64_t chunks = llvm::divideCeil(*length, lanes);
  int64_t maxPerThread =
      std::max<int64_t>(1, options.maxRegisterValues / lanes);
  int64_t warpPerThread = std::min<int64_t>(maxPerThread, 8);
  if (chunks <= kWarpSize * warpPerThread) {
    shape.warpPerRow = true;
    shape.rowsPerBlock = std::max<int64_t>(1, options.warpRowsPerBlock);
    shape.threads = kWarpSize;
    shape.perThread = llvm::divideCeil(chunks, kWarpSize);
    LLVM_DEBUG(llvm::dbgs()
               << DEBUG_TYPE ": " << lanes << "-lane kernel, rows of "
               << *length << " (" << chunks << " chunks <= " << kWarpSize
               << " threads x " << warpPerThread << " chunks): warp per row, "
               << shape.rowsPerBlock << " rows per block, " << shape.perThread
               << " chunks per thread in registers\n");
    return shape;
  }
  shape.threads = std::clamp<int64_t>(
      llvm::PowerOf2Ceil(llvm::divideCeil(chunks, shape.chunksPerThread)), 64,
      shape.maxThreads);
  int64_t perThread = llvm::divideCeil(chunks, shape.threads);
  shape.perThread = perThread <= maxPerThread ? perThread : 0;
  LLVM_DEBUG({
    llvm::dbgs() << DEBUG_TYPE ": " << lanes << "-lane kernel, rows of "
                 << *length << " (" << chunks << " chunks > " << kWarpSize
                 << " threads x " << warpPerThread
                 << " chunks): block per row, " << shape.threads
                 << " threads (about " << shape.chunksPerThread
                 << " chunks each, at most " << shape.maxThreads << "), ";
    if (shape.perThread)
      llvm::dbgs() << shape.perThread << " chunks per thread in registers\n";
    else
      llvm::dbgs() << "streamed (" << perThread << " chunks x " << lanes
                   << " values per thread > max-register-values="
                   << options.maxRegisterValues << ")\n";
  });
  return shape;
}
