// The shapes the Serverless Registry (V3) client sends and receives.

/** The fields of `POST /packages/releases`; a missing file is sent as an empty value, like the official client. */
export interface PublishForm {
  publish: string;
  publish_en?: string;
  version_body?: string;
  version_body_en?: string;
  flowyaml: string;
  syaml?: string;
  syaml_en?: string;
  readme?: string;
  readme_en?: string;
}

export const FORM_FIELDS = [
  'publish',
  'publish_en',
  'version_body',
  'version_body_en',
  'flowyaml',
  'syaml',
  'syaml_en',
  'readme',
  'readme_en',
] as const satisfies readonly (keyof PublishForm)[];

export interface ServerlessRelease {
  tag_name: string;
  created_at: string;
  zipball_url: string;
  platform?: string;
}

/** `latest` and `tags/{version}` answers: a release plus package details (`name`, `type`, …). */
export interface ServerlessReleaseDetail extends ServerlessRelease {
  name?: string;
  type?: string;
  description?: string;
  [key: string]: unknown;
}

export type UploadBody = Buffer | { stream: NodeJS.ReadableStream; length: number };
