/**
 * `x-cancel-target` on an input field, and the umbrella's target of a vendor derived from its
 * `x-cancel-cancel` operations (cross-checked against the status reads they name).
 */
import type {
  FieldModel,
  OperationModel,
  TargetFieldModel,
  TargetMode,
  TargetModel,
  VariantModel,
} from "../../model.ts";
import type { SpecReader } from "../reader.ts";

export function readTargetMode(reader: SpecReader, raw: unknown, at: string): TargetMode {
  if (raw === undefined) return "default";
  if (raw === "optional" || raw === "omit") return raw;
  reader.fail(`${at}/x-cancel-target`, 'must be "optional" or "omit"');
  return "default";
}

const inTarget = (f: FieldModel) => f.target !== "omit";
const requiredInTarget = (f: FieldModel) => f.required && f.target === "default";

/**
 * Cross-checks `x-cancel-cancel` against the operations it names and derives the umbrella's
 * target: the union of every cancel's input fields, required where every cancel requires it.
 */
export function resolveTarget(
  reader: SpecReader,
  operations: OperationModel[],
): TargetModel | undefined {
  const cancels = operations.filter((op) => op.cancel !== undefined);
  if (cancels.length === 0) return undefined;
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const variants: VariantModel[] = [];
  for (const op of cancels) {
    const cancel = op.cancel!;
    let status: OperationModel | undefined;
    if (cancel.status !== undefined) {
      status = byId.get(cancel.status);
      if (!status) reader.fail(`${cancel.pointer}/status`, `no operation ${cancel.status}`);
      else if (!status.status)
        reader.fail(
          `${cancel.pointer}/status`,
          `${cancel.status} has no x-cancel-status saying where it reads the state`,
        );
      else {
        const own = new Map(op.fields.map((f) => [f.key, f]));
        for (const field of status.fields) {
          if (field.target === "omit" || !field.required) continue;
          const mine = own.get(field.key);
          if (!mine)
            reader.fail(
              `${cancel.pointer}/status`,
              `${cancel.status} needs ${field.key}, which ${op.operationId} does not take`,
            );
          else if (mine.tsType !== field.tsType)
            reader.fail(
              `${cancel.pointer}/status`,
              `${field.key} is ${mine.tsType} in ${op.operationId} but ${field.tsType} in ${cancel.status}`,
            );
        }
      }
    }
    const fields = op.fields.filter(inTarget);
    variants.push({
      cancel: op,
      status,
      requires: fields.filter(requiredInTarget).map((f) => f.key),
      fields,
    });
  }
  variants.sort((a, b) => b.requires.length - a.requires.length);
  for (let i = 1; i < variants.length; i++) {
    if (variants[i]!.requires.length === variants[i - 1]!.requires.length)
      reader.fail(
        variants[i]!.cancel.cancel!.pointer,
        `${variants[i - 1]!.cancel.operationId} and ${variants[i]!.cancel.operationId} need as many target fields: which one a target selects would be ambiguous`,
      );
  }
  const fields = new Map<string, TargetFieldModel>();
  for (const variant of variants) {
    for (const field of variant.fields) {
      const seen = fields.get(field.key);
      if (seen && seen.tsType !== field.tsType)
        reader.fail(
          field.pointer,
          `target field ${field.key} is ${seen.tsType} in one cancel and ${field.tsType} in another`,
        );
      if (!seen)
        fields.set(field.key, {
          key: field.key,
          required: false,
          tsType: field.tsType,
          type: field.schema.type ?? "string",
          description: field.description,
        });
    }
  }
  for (const field of fields.values()) {
    field.required = variants.every((v) => v.requires.includes(field.key));
  }
  if (fields.has("provider"))
    reader.fail(
      cancels[0]!.pointer,
      "a cancel input field is named provider, which the target uses for the vendor id",
    );
  return { fields: [...fields.values()], variants };
}
