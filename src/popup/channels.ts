// The channel labels and their order live with the shared reminder actions; the composer reads them here.
export { channelLabel, channelsFor } from '../ui/channels';
