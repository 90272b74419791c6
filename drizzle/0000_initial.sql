CREATE TABLE "audit_chain_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"actor_role" text,
	"action" text NOT NULL,
	"subject_bsn" text,
	"ground" text,
	"request_id" text,
	"details" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "oidc_login_states" (
	"state" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"staff_user_id" uuid,
	"bsn" text,
	"display_name" text NOT NULL,
	"roles" text[] NOT NULL,
	"auth_method" text NOT NULL,
	"csrf_token" text NOT NULL,
	"id_token" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "contact_moments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_bsn" text NOT NULL,
	"channel" text NOT NULL,
	"topic" text NOT NULL,
	"summary" text NOT NULL,
	"status" text NOT NULL,
	"registered_by" uuid,
	"assigned_to" uuid,
	"registered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_personas" (
	"bsn" text PRIMARY KEY NOT NULL,
	"sort" integer NOT NULL,
	"description_nl" text NOT NULL,
	"description_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_addresses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bag_id" text NOT NULL,
	"street" text NOT NULL,
	"house_number" integer NOT NULL,
	"house_letter" text,
	"house_number_addition" text,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "registry_addresses_bag_id_unique" UNIQUE("bag_id")
);
--> statement-breakpoint
CREATE TABLE "registry_businesses" (
	"kvk_number" text PRIMARY KEY NOT NULL,
	"trade_name" text NOT NULL,
	"legal_form" text NOT NULL,
	"sbi_code" text NOT NULL,
	"sbi_description" text NOT NULL,
	"registered_on" date NOT NULL,
	"deregistered_on" date,
	"owner_person_id" uuid,
	"address_id" uuid,
	"home_based" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bsn" text NOT NULL,
	"given_names" text NOT NULL,
	"family_name_prefix" text,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"nationality" text NOT NULL,
	"address_id" uuid,
	"resident_since" date,
	"death_date" date,
	"search_name" text NOT NULL,
	CONSTRAINT "registry_persons_bsn_unique" UNIQUE("bsn")
);
--> statement-breakpoint
CREATE TABLE "registry_relations" (
	"person_id" uuid NOT NULL,
	"related_person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"since" date,
	CONSTRAINT "registry_relations_person_id_related_person_id_type_pk" PRIMARY KEY("person_id","related_person_id","type")
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text,
	"display_name" text NOT NULL,
	"email" text,
	"team" text,
	"roles" text[] NOT NULL,
	"password_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_moments" ADD CONSTRAINT "contact_moments_registered_by_staff_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_moments" ADD CONSTRAINT "contact_moments_assigned_to_staff_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_businesses" ADD CONSTRAINT "registry_businesses_owner_person_id_registry_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."registry_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_businesses" ADD CONSTRAINT "registry_businesses_address_id_registry_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."registry_addresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_persons" ADD CONSTRAINT "registry_persons_address_id_registry_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."registry_addresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_relations" ADD CONSTRAINT "registry_relations_person_id_registry_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_relations" ADD CONSTRAINT "registry_relations_related_person_id_registry_persons_id_fk" FOREIGN KEY ("related_person_id") REFERENCES "public"."registry_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_bsn","seq");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","seq");--> statement-breakpoint
CREATE INDEX "sessions_staff_idx" ON "sessions" USING btree ("staff_user_id");--> statement-breakpoint
CREATE INDEX "sessions_bsn_idx" ON "sessions" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "contact_moments_subject_idx" ON "contact_moments" USING btree ("subject_bsn","registered_at");--> statement-breakpoint
CREATE INDEX "contact_moments_assigned_idx" ON "contact_moments" USING btree ("assigned_to","status");--> statement-breakpoint
CREATE INDEX "registry_addresses_postcode_idx" ON "registry_addresses" USING btree ("postcode","house_number");--> statement-breakpoint
CREATE INDEX "registry_businesses_owner_idx" ON "registry_businesses" USING btree ("owner_person_id");--> statement-breakpoint
CREATE INDEX "registry_persons_address_idx" ON "registry_persons" USING btree ("address_id");--> statement-breakpoint
CREATE INDEX "registry_persons_search_idx" ON "registry_persons" USING btree ("search_name");--> statement-breakpoint
CREATE INDEX "registry_persons_family_idx" ON "registry_persons" USING btree ("family_name");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_username_idx" ON "staff_users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_oidc_idx" ON "staff_users" USING btree ("oidc_issuer","oidc_subject");