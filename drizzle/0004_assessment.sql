CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"application_id" uuid NOT NULL,
	"job_id" text NOT NULL,
	"regeling_id" text NOT NULL,
	"regeling_version" integer NOT NULL,
	"status" text NOT NULL,
	"handover_reason" text,
	"proposal" text,
	"eligible" boolean,
	"reasons" jsonb NOT NULL,
	"amount" numeric(12, 2),
	"period" jsonb,
	"route" text,
	"route_reasons" jsonb NOT NULL,
	"summary_reason" text,
	"decided" boolean NOT NULL,
	"reference_date" date,
	"decision_names" jsonb,
	"model_file" text,
	"model_sha256" text,
	"inputs" jsonb NOT NULL,
	"parameters" jsonb NOT NULL,
	"registries" jsonb NOT NULL,
	"messages" jsonb NOT NULL,
	"trace" jsonb,
	"evaluated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"amount" numeric(12, 2),
	"period_from" date,
	"period_to" date,
	"automatic" boolean NOT NULL,
	"assessment_id" uuid,
	"decided_by" uuid,
	"motivation" text,
	"decided_at" timestamp with time zone NOT NULL,
	"sampled_for_review" boolean DEFAULT false NOT NULL,
	"review_verdict" text,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_job_idx" ON "assessments" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "assessments_application_idx" ON "assessments" USING btree ("application_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_application_idx" ON "decisions" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "decisions_review_idx" ON "decisions" USING btree ("sampled_for_review","reviewed_at","decided_at");