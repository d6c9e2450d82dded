//===- MPIMemoryEffects.cpp - Memory effects of mpi ops -------------------===//

#include "norm/Conversion/MPIToLLVM/MPIMemoryEffects.h"

#include "mlir/Dialect/MPI/IR/MPI.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;

namespace {

template <typename OpTy>
struct BufferEffectsModel
    : public MemoryEffectOpInterface::ExternalModel<BufferEffectsModel<OpTy>,
                                                    OpTy> {
  void
  getEffects(Operation *op,
             SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
                 &effects) const {
    auto mpiOp = cast<OpTy>(op);
    // Communication is not reordered with other communication either.
    effects.emplace_back(MemoryEffects::Write::get());
    if constexpr (std::is_same_v<OpTy, mpi::AllReduceOp>) {
      effects.emplace_back(MemoryEffects::Read::get(),
                           &mpiOp.getSendbufMutable());
      effects.emplace_back(MemoryEffects::Write::get(),
                           &mpiOp.getRecvbufMutable());
    } else if constexpr (std::is_same_v<OpTy, mpi::SendOp>) {
      effects.emplace_back(MemoryEffects::Read::get(), &mpiOp.getRefMutable());
    } else {
      effects.emplace_back(MemoryEffects::Write::get(), &mpiOp.getRefMutable());
    }
  }
};

} // namespace

void mlir::norm::registerMPIMemoryEffectsExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, mpi::MPIDialect *) {
    mpi::AllReduceOp::attachInterface<BufferEffectsModel<mpi::AllReduceOp>>(
        *ctx);
    mpi::SendOp::attachInterface<BufferEffectsModel<mpi::SendOp>>(*ctx);
    mpi::RecvOp::attachInterface<BufferEffectsModel<mpi::RecvOp>>(*ctx);
  });
}
