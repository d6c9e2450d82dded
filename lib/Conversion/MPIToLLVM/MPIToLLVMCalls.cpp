//===- MPIToLLVMCalls.cpp - mpi ops as calls into an MPI ABI --------------===//
//
// Lowers the mpi dialect with upstream's patterns, except for the ops whose
// MLIR 22 lowering does not match the MPI library's ABI (see the pass
// description in Passes.td): those get the patterns below, which take
// precedence (benefit 2).
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/Passes.h"

#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Conversion/MPIToLLVM/MPIToLLVM.h"
#include "mlir/Dialect/DLTI/DLTI.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MPI/IR/MPI.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTMPITOLLVMCALLS
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {

constexpr StringLiteral kImplementationKey = "MPI:Implementation";

/// The parts of an MPI ABI that norm's patterns need. OpenMPI's handles are
/// pointers to exported objects; MPICH's are integer constants (mpi.h).
struct MPIABI {
  bool openMPI = true;

  /// The LLVM type of an MPI_Comm argument.
  Type getCommType(MLIRContext *ctx) const {
    if (openMPI)
      return LLVM::LLVMPointerType::get(ctx);
    return IntegerType::get(ctx, 32);
  }

  /// An `!mpi.comm` (i64 after conversion) as an MPI_Comm argument.
  Value castComm(OpBuilder &b, Location loc, Value comm) const {
    if (openMPI)
      return LLVM::IntToPtrOp::create(b, loc, getCommType(b.getContext()),
                                      comm);
    return LLVM::TruncOp::create(b, loc, b.getI32Type(), comm);
  }

  /// An MPI_Comm value back as the converted `!mpi.comm` (i64).
  Value uncastComm(OpBuilder &b, Location loc, Value comm) const {
    if (openMPI)
      return LLVM::PtrToIntOp::create(b, loc, b.getI64Type(), comm);
    return LLVM::SExtOp::create(b, loc, b.getI64Type(), comm);
  }

  /// MPI_IN_PLACE: (void *)1 in OpenMPI, (void *)-1 in MPICH.
  Value getInPlace(OpBuilder &b, Location loc) const {
    Value value =
        LLVM::ConstantOp::create(b, loc, b.getI64Type(), openMPI ? 1 : -1);
    return LLVM::IntToPtrOp::create(
        b, loc, LLVM::LLVMPointerType::get(b.getContext()), value);
  }

  /// The MPI_Datatype of `type`, or null where norm's patterns leave the
  /// op to upstream's.
  Value getDatatype(OpBuilder &b, Location loc, ModuleOp module,
                    Type type) const {
    if (openMPI) {
      StringRef name;
      if (type.isF32())
        name = "ompi_mpi_float";
      else if (type.isF64())
        name = "ompi_mpi_double";
      else if (type.isSignlessInteger(32))
        name = "ompi_mpi_int32_t";
      else if (type.isSignlessInteger(64))
        name = "ompi_mpi_int64_t";
      else
        return {};
      return getExternalObject(b, loc, module, name,
                               "ompi_predefined_datatype_t");
    }
    int64_t handle = 0;
    if (type.isF32())
      handle = 0x4c00040a;
    else if (type.isF64())
      handle = 0x4c00080b;
    else if (type.isSignlessInteger(32))
      handle = 0x4c000439;
    else if (type.isSignlessInteger(64))
      handle = 0x4c00083a;
    else
      return {};
    return LLVM::ConstantOp::create(b, loc, b.getI32Type(), handle);
  }

  /// The MPI_Op of `kind`, or null where norm's patterns leave the op to
  /// upstream's.
  Value getReduction(OpBuilder &b, Location loc, ModuleOp module,
                     mpi::MPI_ReductionOpEnum kind) const {
    StringRef name;
    int64_t handle = 0;
    switch (kind) {
    case mpi::MPI_ReductionOpEnum::MPI_SUM:
      name = "ompi_mpi_op_sum";
      handle = 0x58000003;
      break;
    case mpi::MPI_ReductionOpEnum::MPI_MAX:
      name = "ompi_mpi_op_max";
      handle = 0x58000001;
      break;
    case mpi::MPI_ReductionOpEnum::MPI_MIN:
      name = "ompi_mpi_op_min";
      handle = 0x58000002;
      break;
    case mpi::MPI_ReductionOpEnum::MPI_PROD:
      name = "ompi_mpi_op_prod";
      handle = 0x58000004;
      break;
    default:
      return {};
    }
    if (openMPI)
      return getExternalObject(b, loc, module, name, "ompi_predefined_op_t");
    return LLVM::ConstantOp::create(b, loc, b.getI32Type(), handle);
  }

private:
  /// The address of the external global `name` of opaque struct `typeName`.
  static Value getExternalObject(OpBuilder &b, Location loc, ModuleOp module,
                                 StringRef name, StringRef typeName) {
    MLIRContext *ctx = b.getContext();
    if (!module.lookupSymbol<LLVM::GlobalOp>(name)) {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(module.getBody());
      LLVM::GlobalOp::create(
          b, loc, LLVM::LLVMStructType::getOpaque(typeName, ctx),
          /*isConstant=*/false, LLVM::Linkage::External, name,
          /*value=*/Attribute());
    }
    return LLVM::AddressOfOp::create(b, loc, LLVM::LLVMPointerType::get(ctx),
                                     name);
  }
};

/// Declares (once) and returns the external function `name` of `type`.
static LLVM::LLVMFuncOp getOrDeclareFunction(OpBuilder &b, ModuleOp module,
                                             Location loc, StringRef name,
                                             LLVM::LLVMFunctionType type) {
  if (auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(name))
    return func;
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(module.getBody());
  return LLVM::LLVMFuncOp::create(b, loc, name, type);
}

constexpr StringLiteral kCachedSplit = "__norm_mpi_cached_comm_split";

/// The cache of one mpi.comm_split: {communicator, parent, color, key,
/// valid}.
static LLVM::LLVMStructType getSplitCacheType(MLIRContext *ctx,
                                              const MPIABI &abi) {
  Type comm = abi.getCommType(ctx);
  Type i32 = IntegerType::get(ctx, 32);
  return LLVM::LLVMStructType::getLiteral(ctx, {comm, comm, i32, i32, i32});
}

/// Defines (once) `comm __norm_mpi_cached_comm_split(comm parent, i32 color,
/// i32 key, ptr cache)`: MPI_Comm_split, unless `cache` already holds the
/// communicator of the same parent, color and key. MPI_Comm_split is a
/// collective over the parent: once per process and call site instead of
/// once per call (and no communicator is leaked per call).
static LLVM::LLVMFuncOp getOrDefineCachedSplit(OpBuilder &b, ModuleOp module,
                                               Location loc,
                                               const MPIABI &abi) {
  if (auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(kCachedSplit))
    return func;
  MLIRContext *ctx = b.getContext();
  Type i32 = b.getI32Type();
  Type i1 = b.getI1Type();
  Type ptr = LLVM::LLVMPointerType::get(ctx);
  Type commType = abi.getCommType(ctx);
  LLVM::LLVMStructType cacheType = getSplitCacheType(ctx, abi);
  LLVM::LLVMFuncOp split = getOrDeclareFunction(
      b, module, loc, "MPI_Comm_split",
      LLVM::LLVMFunctionType::get(i32, {commType, i32, i32, ptr}));

  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToEnd(module.getBody());
  auto func = LLVM::LLVMFuncOp::create(
      b, loc, kCachedSplit,
      LLVM::LLVMFunctionType::get(commType, {commType, i32, i32, ptr}),
      LLVM::Linkage::Internal);
  Block *entry = func.addEntryBlock(b);
  Block *miss = b.createBlock(&func.getBody());
  Block *done = b.createBlock(&func.getBody(), {}, {commType}, {loc});
  Value parent = entry->getArgument(0), color = entry->getArgument(1),
        key = entry->getArgument(2), cache = entry->getArgument(3);
  auto field = [&](int index) {
    return LLVM::GEPOp::create(b, loc, ptr, cacheType, cache,
                               ArrayRef<LLVM::GEPArg>{0, index});
  };
  auto equal = [&](Value lhs, Value rhs) {
    return LLVM::ICmpOp::create(b, loc, i1, LLVM::ICmpPredicate::eq, lhs, rhs);
  };

  b.setInsertionPointToStart(entry);
  Value cached = LLVM::LoadOp::create(b, loc, commType, field(0));
  Value hit = equal(LLVM::LoadOp::create(b, loc, i32, field(4)),
                    LLVM::ConstantOp::create(b, loc, i32, 1));
  hit = LLVM::AndOp::create(
      b, loc, hit,
      equal(LLVM::LoadOp::create(b, loc, commType, field(1)), parent));
  hit = LLVM::AndOp::create(
      b, loc, hit, equal(LLVM::LoadOp::create(b, loc, i32, field(2)), color));
  hit = LLVM::AndOp::create(
      b, loc, hit, equal(LLVM::LoadOp::create(b, loc, i32, field(3)), key));
  LLVM::CondBrOp::create(b, loc, hit, done, ValueRange{cached}, miss,
                         ValueRange{});

  b.setInsertionPointToStart(miss);
  LLVM::CallOp::create(b, loc, split, ValueRange{parent, color, key, field(0)});
  LLVM::StoreOp::create(b, loc, parent, field(1));
  LLVM::StoreOp::create(b, loc, color, field(2));
  LLVM::StoreOp::create(b, loc, key, field(3));
  LLVM::StoreOp::create(b, loc, LLVM::ConstantOp::create(b, loc, i32, 1),
                        field(4));
  Value created = LLVM::LoadOp::create(b, loc, commType, field(0));
  LLVM::BrOp::create(b, loc, ValueRange{created}, done);

  b.setInsertionPointToStart(done);
  LLVM::ReturnOp::create(b, loc, done->getArgument(0));
  return func;
}

/// `int MPI_Comm_split(MPI_Comm comm, int color, int key, MPI_Comm *out)`
/// with the new communicator read back at the ABI's width. Where the return
/// code is unused, through a per-call-site cache (getOrDefineCachedSplit).
struct CommSplitLowering : ConvertOpToLLVMPattern<mpi::CommSplitOp> {
  CommSplitLowering(const LLVMTypeConverter &converter, MPIABI abi)
      : ConvertOpToLLVMPattern(converter, /*benefit=*/2), abi(abi) {}

  LogicalResult
  matchAndRewrite(mpi::CommSplitOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    auto module = op->getParentOfType<ModuleOp>();
    Type i32 = rewriter.getI32Type();
    Type ptr = LLVM::LLVMPointerType::get(ctx);
    Type commType = abi.getCommType(ctx);
    Value comm = abi.castComm(rewriter, loc, adaptor.getComm());
    if (!op.getRetval() || op.getRetval().use_empty()) {
      LLVM::LLVMFuncOp cachedSplit =
          getOrDefineCachedSplit(rewriter, module, loc, abi);
      LLVM::GlobalOp cache = createCache(rewriter, module, loc);
      Value cachePtr = LLVM::AddressOfOp::create(rewriter, loc, cache);
      Value newComm =
          LLVM::CallOp::create(
              rewriter, loc, cachedSplit,
              ValueRange{comm, adaptor.getColor(), adaptor.getKey(), cachePtr})
              .getResult();
      SmallVector<Value> replacements;
      if (op.getRetval())
        replacements.push_back(LLVM::ConstantOp::create(rewriter, loc, i32, 0));
      replacements.push_back(abi.uncastComm(rewriter, loc, newComm));
      rewriter.replaceOp(op, replacements);
      return success();
    }
    Value one = LLVM::ConstantOp::create(rewriter, loc, i32, 1);
    Value out = LLVM::AllocaOp::create(rewriter, loc, ptr, commType, one);
    auto type = LLVM::LLVMFunctionType::get(i32, {commType, i32, i32, ptr});
    LLVM::LLVMFuncOp callee =
        getOrDeclareFunction(rewriter, module, loc, "MPI_Comm_split", type);
    auto call = LLVM::CallOp::create(
        rewriter, loc, callee,
        ValueRange{comm, adaptor.getColor(), adaptor.getKey(), out});
    Value newComm = LLVM::LoadOp::create(rewriter, loc, commType, out);
    rewriter.replaceOp(
        op, {call.getResult(), abi.uncastComm(rewriter, loc, newComm)});
    return success();
  }

  /// A zero-initialized internal global for one call site's cache.
  LLVM::GlobalOp createCache(OpBuilder &b, ModuleOp module,
                             Location loc) const {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(module.getBody());
    LLVM::LLVMStructType type = getSplitCacheType(b.getContext(), abi);
    std::string name;
    for (unsigned index = 0;; ++index) {
      name = ("__norm_mpi_comm_cache_" + Twine(index)).str();
      if (!module.lookupSymbol(name))
        break;
    }
    auto global = LLVM::GlobalOp::create(b, loc, type, /*isConstant=*/false,
                                         LLVM::Linkage::Internal, name,
                                         /*value=*/Attribute());
    Block *init = b.createBlock(&global.getInitializerRegion());
    b.setInsertionPointToStart(init);
    LLVM::ReturnOp::create(b, loc, LLVM::ZeroOp::create(b, loc, type));
    return global;
  }

  MPIABI abi;
};

/// `int MPI_Allreduce(const void *send, void *recv, int count,
/// MPI_Datatype type, MPI_Op op, MPI_Comm comm)` over every element of
/// contiguous buffers.
struct AllReduceLowering : ConvertOpToLLVMPattern<mpi::AllReduceOp> {
  AllReduceLowering(const LLVMTypeConverter &converter, MPIABI abi)
      : ConvertOpToLLVMPattern(converter, /*benefit=*/2), abi(abi) {}

  LogicalResult
  matchAndRewrite(mpi::AllReduceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto sendType = cast<MemRefType>(op.getSendbuf().getType());
    auto recvType = cast<MemRefType>(op.getRecvbuf().getType());
    if (!sendType.getLayout().isIdentity() ||
        !recvType.getLayout().isIdentity())
      return rewriter.notifyMatchFailure(op, "strided buffers");
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    auto module = op->getParentOfType<ModuleOp>();
    Type elementType = sendType.getElementType();
    Value datatype = abi.getDatatype(rewriter, loc, module, elementType);
    Value reduction = abi.getReduction(rewriter, loc, module, op.getOp());
    if (!datatype || !reduction)
      return rewriter.notifyMatchFailure(op, "element type or reduction");

    Type i32 = rewriter.getI32Type();
    Type ptr = LLVM::LLVMPointerType::get(ctx);
    MemRefDescriptor recv(adaptor.getRecvbuf());
    Value recvPtr =
        recv.bufferPtr(rewriter, loc, *getTypeConverter(), recvType);
    Value sendPtr;
    if (op.getSendbuf() == op.getRecvbuf()) {
      sendPtr = abi.getInPlace(rewriter, loc);
    } else {
      MemRefDescriptor send(adaptor.getSendbuf());
      sendPtr = send.bufferPtr(rewriter, loc, *getTypeConverter(), sendType);
    }
    Value count =
        LLVM::ConstantOp::create(rewriter, loc, rewriter.getI64Type(), 1);
    for (int64_t dim = 0, rank = recvType.getRank(); dim < rank; ++dim)
      count = LLVM::MulOp::create(rewriter, loc, count,
                                  recv.size(rewriter, loc, dim));
    count = LLVM::TruncOp::create(rewriter, loc, i32, count);
    Value comm = abi.castComm(rewriter, loc, adaptor.getComm());
    auto type =
        LLVM::LLVMFunctionType::get(i32, {ptr, ptr, i32, datatype.getType(),
                                          reduction.getType(), comm.getType()});
    LLVM::LLVMFuncOp callee =
        getOrDeclareFunction(rewriter, module, loc, "MPI_Allreduce", type);
    auto call = LLVM::CallOp::create(
        rewriter, loc, callee,
        ValueRange{sendPtr, recvPtr, count, datatype, reduction, comm});
    if (op.getRetval())
      rewriter.replaceOp(op, call.getResult());
    else
      rewriter.eraseOp(op);
    return success();
  }

  MPIABI abi;
};

struct ConvertMPIToLLVMCallsPass
    : norm::impl::ConvertMPIToLLVMCallsBase<ConvertMPIToLLVMCallsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    // Modules without MPI (most) are left as they are, attributes included.
    bool hasMPI = module
                      .walk([](Operation *op) {
                        return isa<mpi::MPIDialect>(op->getDialect())
                                   ? WalkResult::interrupt()
                                   : WalkResult::advance();
                      })
                      .wasInterrupted();
    if (!hasMPI)
      return;
    FailureOr<Attribute> entry =
        dlti::query(module, {kImplementationKey}, /*emitError=*/false);
    std::string name = implementation;
    if (succeeded(entry)) {
      auto value = dyn_cast<StringAttr>(*entry);
      if (!value) {
        module.emitError() << "\"" << kImplementationKey
                           << "\" must be a string";
        return signalPassFailure();
      }
      name = value.getValue().str();
    }
    if (name != "OpenMPI" && name != "MPICH") {
      module.emitError() << "unknown MPI implementation '" << name
                         << "' (OpenMPI or MPICH)";
      return signalPassFailure();
    }
    if (failed(entry)) {
      // Upstream's patterns read the implementation from the module.
      auto key = StringAttr::get(ctx, kImplementationKey);
      auto map = MapAttr::get(
          ctx, {DataLayoutEntryAttr::get(key, StringAttr::get(ctx, name))});
      module->setAttr("dlti.map", map);
    }
    MPIABI abi{/*openMPI=*/name == "OpenMPI"};

    LLVMTypeConverter converter(ctx);
    RewritePatternSet patterns(ctx);
    mpi::populateMPIToLLVMConversionPatterns(converter, patterns);
    patterns.add<CommSplitLowering, AllReduceLowering>(converter, abi);
    LLVMConversionTarget target(*ctx);
    target.addIllegalDialect<mpi::MPIDialect>();
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
