CREATE SEQUENCE "public"."application_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "application_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"evidence_id" text NOT NULL,
	"task_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_type" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"application_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"question" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text,
	"regeling_id" text NOT NULL,
	"regeling_version" integer NOT NULL,
	"applicant_bsn" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"data" jsonb NOT NULL,
	"prefill" jsonb NOT NULL,
	"current_page" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"extends_application_id" uuid,
	"cosigner_bsn" text,
	"cosigned_at" timestamp with time zone,
	"entered_by" uuid,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"decision_term_weeks" integer,
	"decision_due" date,
	"suspended_since" date,
	"suspended_days" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "outgoing_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outgoing_emails_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "regeling_parameter_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" text NOT NULL,
	"key" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"value" text NOT NULL,
	"source" text NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	"origin" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
CREATE TABLE "regeling_parameters" (
	"regeling_id" text NOT NULL,
	"key" text NOT NULL,
	"label" jsonb NOT NULL,
	"unit" text NOT NULL,
	CONSTRAINT "regeling_parameters_regeling_id_key_pk" PRIMARY KEY("regeling_id","key")
);
--> statement-breakpoint
CREATE TABLE "regeling_versions" (
	"regeling_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"content" json NOT NULL,
	"files" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"origin" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "regeling_versions_regeling_id_version_pk" PRIMARY KEY("regeling_id","version")
);
--> statement-breakpoint
CREATE TABLE "regelingen" (
	"id" text PRIMARY KEY NOT NULL,
	"content" json NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_incomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"payer_name" text NOT NULL,
	"kind" text NOT NULL,
	"gross_monthly_cents" integer NOT NULL,
	"net_monthly_cents" integer,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_tasks" ADD CONSTRAINT "application_tasks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_regeling_id_regeling_version_regeling_versions_regeling_id_version_fk" FOREIGN KEY ("regeling_id","regeling_version") REFERENCES "public"."regeling_versions"("regeling_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regeling_parameters" ADD CONSTRAINT "regeling_parameters_regeling_id_regelingen_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regelingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regeling_versions" ADD CONSTRAINT "regeling_versions_regeling_id_regelingen_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regelingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_incomes" ADD CONSTRAINT "registry_incomes_person_id_registry_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_documents_application_idx" ON "application_documents" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","seq");--> statement-breakpoint
CREATE INDEX "application_tasks_application_idx" ON "application_tasks" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_bsn","created_at");--> statement-breakpoint
CREATE INDEX "applications_cosigner_idx" ON "applications" USING btree ("cosigner_bsn");--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("status","decision_due");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_draft_idx" ON "applications" USING btree ("applicant_bsn","regeling_id") WHERE "applications"."status" = 'concept' and "applications"."channel" = 'digitaal';--> statement-breakpoint
CREATE UNIQUE INDEX "regeling_parameter_periods_active_idx" ON "regeling_parameter_periods" USING btree ("regeling_id","key","valid_from") WHERE "regeling_parameter_periods"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "regeling_parameter_periods_lookup_idx" ON "regeling_parameter_periods" USING btree ("regeling_id","key");--> statement-breakpoint
CREATE INDEX "registry_incomes_person_idx" ON "registry_incomes" USING btree ("person_id");