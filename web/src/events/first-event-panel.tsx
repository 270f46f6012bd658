import { useApiClient } from '../app/auth-provider.js';
import { useResource } from '../app/use-resource.js';
import { Alert } from '../ui/alert.js';
import { CodeBlock } from '../ui/code-block.js';
import { CopyButton } from '../ui/copy-button.js';
import { ActivityIcon } from '../ui/icons.js';
import { Spinner } from '../ui/spinner.js';
import { analyticsApiHost, firstEventCurl } from './first-event-curl.js';

/** The empty state of the live stream: how to send the first event, with real keys filled in. */
export function FirstEventPanel() {
  const client = useApiClient();
  const setup = useResource('setup', async () => {
    const info = await client.setup();
    // Without WAYMARK_PUBLIC_URL the server answers "": the address this page came from works.
    return { ...info, publicUrl: info.publicUrl || window.location.origin };
  });
  return (
    <section className="card first-event" data-testid="first-event">
      <div className="first-event__intro">
        <span className="first-event__icon">
          <ActivityIcon width={22} height={22} />
        </span>
        <div>
          <h2 className="first-event__title">Waiting for your first event</h2>
          <p className="muted">
            Send one from your terminal and it appears here within a second. This page updates by itself.
          </p>
        </div>
      </div>
      {setup.error !== undefined && (
        <Alert title="Could not load your write key.">{setup.error.message}</Alert>
      )}
      {setup.data === undefined && setup.error === undefined && <Spinner />}
      {setup.data !== undefined && (
        <ol className="steps">
          <li>
            <h3>Your write key</h3>
            <div className="key-row">
              <code data-testid="write-key">{setup.data.writeKey}</code>
              <CopyButton text={setup.data.writeKey} />
            </div>
          </li>
          <li>
            <h3>Send a test event</h3>
            <CodeBlock code={firstEventCurl(setup.data)} testId="first-event-curl" />
          </li>
          <li>
            <h3>Already use Segment&apos;s analytics.js?</h3>
            <p className="muted">
              Keep your code; set the write key above and point <code>apiHost</code> at{' '}
              <code>{analyticsApiHost(setup.data)}</code>.
            </p>
          </li>
        </ol>
      )}
    </section>
  );
}
