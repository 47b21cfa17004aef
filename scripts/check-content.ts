/** Validates every profile of CONTENT_DIR (default: content), with its key file, and prints a one-line summary. */
import { contentDir, loadTeams, ProfileError } from '@/lib/profile/load';
import { teamKeys } from '@/lib/profile/keys';

try {
  const teams = loadTeams();
  for (const team of teams) await teamKeys(team);
  console.log(`${teams.length} profile${teams.length === 1 ? '' : 's'} valid in ${contentDir()}`);
} catch (error) {
  if (error instanceof ProfileError) {
    console.error(`Invalid profile: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
