//===- DeallocateAfterLastUse.cpp - Free buffers after their last use -----===//
//
// Ownership-based buffer deallocation frees the buffers of a function body
// in one bufferization.dealloc before the terminator. In the straight-line
// body of a model that keeps every intermediate buffer alive to the end,
// and makes buffer-deallocation-simplification compare each buffer with
// every other. This pass frees each buffer the body owns, whose aliases are
// all views, right after the last op that uses it.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "norm/Transforms/Passes.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMDEALLOCATEAFTERLASTUSE
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
/// The value `v` is a view of, through any chain of view-like ops.
Value viewRoot(Value v) {
  while (auto view = v.getDefiningOp<ViewLikeOpInterface>())
    v = view.getViewSource();
  return v;
}

/// The op of `block` after which the buffer of `alloc` is no longer used,
/// the alloc itself if nothing uses it, or null if the buffer may outlive
/// its uses: an alias other than a view (an op returns, yields, stores or
/// passes it on), or a use by an op in `ignored` (the function's final
/// deallocation and the metadata ops that feed it).
Operation *lastUse(memref::AllocOp alloc, Block &block,
                   const llvm::SmallPtrSetImpl<Operation *> &ignored) {
  Operation *last = alloc;
  SmallVector<Value> aliases = {alloc.getResult()};
  while (!aliases.empty()) {
    Value alias = aliases.pop_back_val();
    for (OpOperand &use : alias.getUses()) {
      Operation *user = use.getOwner();
      if (ignored.contains(user))
        continue;
      if (auto view = dyn_cast<ViewLikeOpInterface>(user);
          view && view.getViewSource() == alias) {
        for (Value result : user->getResults())
          if (isa<BaseMemRefType>(result.getType()))
            aliases.push_back(result);
      } else {
        bool passesOn =
            user->hasTrait<OpTrait::IsTerminator>() ||
            isa<CallOpInterface, bufferization::DeallocOp>(user) ||
            llvm::any_of(user->getResultTypes(), llvm::IsaPred<BaseMemRefType>);
        if (auto store = dyn_cast<memref::StoreOp>(user))
          passesOn |= store.getValueToStore() == alias;
        if (passesOn)
          return nullptr;
      }
      Operation *ancestor = block.findAncestorOpInBlock(*user);
      if (ancestor && last->isBeforeInBlock(ancestor))
        last = ancestor;
    }
  }
  return last;
}

/// What makes two allocations interchangeable: the same type, the same
/// run-time sizes and the same alignment.
using AllocKey = std::tuple<Type, SmallVector<Value>, std::optional<uint64_t>>;

AllocKey allocKey(memref::AllocOp alloc) {
  return {alloc.getType(), SmallVector<Value>(alloc.getDynamicSizes()),
          alloc.getAlignment()};
}

/// Gives an allocation of `block` that follows one of the `frees` of an
/// interchangeable buffer that buffer instead (the free goes; the buffer's
/// next owner frees it): a model's layers then reuse a few buffers rather
/// than mapping and faulting in fresh memory for every intermediate.
void reuseFreedBuffers(Block &block,
                       const llvm::SmallPtrSetImpl<Operation *> &frees) {
  SmallVector<std::pair<AllocKey, memref::DeallocOp>> freed;
  for (Operation &op : llvm::make_early_inc_range(block)) {
    if (auto free = dyn_cast<memref::DeallocOp>(op)) {
      auto alloc = free.getMemref().getDefiningOp<memref::AllocOp>();
      if (frees.contains(free) && alloc && alloc.getSymbolOperands().empty())
        freed.emplace_back(allocKey(alloc), free);
      continue;
    }
    auto alloc = dyn_cast<memref::AllocOp>(op);
    if (!alloc || !alloc.getSymbolOperands().empty())
      continue;
    AllocKey key = allocKey(alloc);
    auto *it = llvm::find_if(
        freed, [&](const auto &entry) { return entry.first == key; });
    if (it == freed.end())
      continue;
    Value buffer = it->second.getMemref();
    it->second.erase();
    freed.erase(it);
    alloc.replaceAllUsesWith(buffer);
    alloc.erase();
  }
}

struct NormDeallocateAfterLastUsePass
    : norm::impl::NormDeallocateAfterLastUseBase<
          NormDeallocateAfterLastUsePass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal() || !func.getBody().hasOneBlock())
      return;
    Block &block = func.getBody().front();
    auto dealloc = dyn_cast_or_null<bufferization::DeallocOp>(
        block.getTerminator()->getPrevNode());
    if (!dealloc)
      return;

    // What the function hands on: buffers it must not free.
    llvm::SmallPtrSet<Value, 4> retainedRoots;
    for (Value retained : dealloc.getRetained())
      retainedRoots.insert(viewRoot(retained));
    llvm::SmallPtrSet<Operation *, 16> ignored = {dealloc};
    for (Value memref : dealloc.getMemrefs())
      if (auto metadata =
              memref.getDefiningOp<memref::ExtractStridedMetadataOp>())
        ignored.insert(metadata);

    // A buffer listed more than once (through several views) stays with the
    // final deallocation, which frees it once.
    llvm::DenseMap<Value, unsigned> listed;
    for (Value memref : dealloc.getMemrefs())
      ++listed[viewRoot(memref)];

    SmallVector<Value> keptMemrefs, keptConditions;
    SmallVector<std::pair<memref::AllocOp, Operation *>> early;
    for (auto [memref, condition] :
         llvm::zip_equal(dealloc.getMemrefs(), dealloc.getConditions())) {
      auto alloc = viewRoot(memref).getDefiningOp<memref::AllocOp>();
      Operation *last = nullptr;
      if (alloc && alloc->getBlock() == &block &&
          matchPattern(condition, m_One()) &&
          !retainedRoots.contains(alloc.getResult()) &&
          listed[alloc.getResult()] == 1)
        last = lastUse(alloc, block, ignored);
      if (!last) {
        keptMemrefs.push_back(memref);
        keptConditions.push_back(condition);
        continue;
      }
      early.emplace_back(alloc, last);
    }
    if (early.empty())
      return;

    llvm::SmallPtrSet<Operation *, 16> frees;
    for (auto [alloc, last] : early) {
      OpBuilder builder(last->getContext());
      builder.setInsertionPointAfter(last);
      frees.insert(memref::DeallocOp::create(builder, alloc.getLoc(),
                                             alloc.getResult()));
    }
    if (!keptMemrefs.empty() || !dealloc.getRetained().empty()) {
      OpBuilder builder(dealloc);
      auto rest = bufferization::DeallocOp::create(builder, dealloc.getLoc(),
                                                   keptMemrefs, keptConditions,
                                                   dealloc.getRetained());
      dealloc.replaceAllUsesWith(rest.getResults());
    }
    dealloc.erase();
    for (Operation *metadata : ignored)
      if (metadata != dealloc && metadata->use_empty())
        metadata->erase();
    reuseFreedBuffers(block, frees);
  }
};
} // namespace
